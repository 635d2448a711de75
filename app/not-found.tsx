import { NotFoundContent } from "@/components/layout/NotFoundContent";

/** Unknown URLs: only the root layout is around this page, so it brings its own <main>. */
export default function NotFound() {
  return (
    <main id="main">
      <NotFoundContent />
    </main>
  );
}
