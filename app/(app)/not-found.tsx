import { NotFoundContent } from "@/components/layout/NotFoundContent";

/** Out-of-scope or missing records inside the app: the app layout already provides <main>. */
export default function NotFound() {
  return <NotFoundContent />;
}
