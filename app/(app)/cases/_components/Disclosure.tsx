import type { ReactNode } from "react";
import { DeferredContent } from "@/components/ui/DeferredContent";

/**
 * A native disclosure (<details>): opens a form with one activation and works without JavaScript.
 * With `deferred`, the content is drawn by the browser once the page is interactive (DeferredContent,
 * ADR 0029) and `deferred` is what the closed section holds without JavaScript (a link to the page
 * with its forms drawn by the server).
 */
export function Disclosure({
  summary,
  children,
  tone = "primary",
  open,
  deferred,
  id,
}: {
  summary: ReactNode;
  children: ReactNode;
  tone?: "primary" | "secondary" | "danger";
  open?: boolean;
  deferred?: ReactNode;
  /** The element's id (a link can lead to the section). */
  id?: string;
}) {
  const summaryClass =
    tone === "primary"
      ? "bg-brand-700 text-white hover:bg-brand-800"
      : tone === "danger"
        ? "border border-red-700 bg-white text-red-800 hover:bg-red-50"
        : "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100";
  return (
    <details id={id} className="group mb-3" open={open}>
      <summary
        className={`inline-flex cursor-pointer list-none items-center gap-2 rounded-md px-4 py-2 text-sm font-semibold ${summaryClass}`}
      >
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
          ›
        </span>
        {summary}
      </summary>
      <div className="mt-3 rounded-md border border-slate-200 bg-slate-50 p-4">
        {deferred === undefined ? children : <DeferredContent fallback={deferred}>{children}</DeferredContent>}
      </div>
    </details>
  );
}
