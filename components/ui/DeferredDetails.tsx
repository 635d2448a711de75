// A native <details> holding a form that the browser draws once the page is interactive (ADR 0029):
// long lists of records, each with its own correction form, send the forms' props but not their HTML.
import type { ReactNode } from "react";
import { DeferredContent } from "./DeferredContent";
import { deferredSection } from "./deferred-section";

/**
 * `<details id={formKey}>` with `summary`; its form (`children`) is drawn by the browser, or by the
 * server when the page's `form` parameter (`openForm`) is present (then it is open when it names
 * `formKey`). Without JavaScript the closed section holds `linkText`, a link to `path?form=<formKey>`.
 */
export function DeferredDetails({
  path,
  formKey,
  openForm,
  linkText,
  summary,
  className,
  children,
}: {
  path: string;
  formKey: string;
  openForm: string | undefined;
  linkText: string;
  summary: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const s = deferredSection(path, formKey, openForm, linkText);
  return (
    <details id={s.id} open={s.open} className={className}>
      <summary className="cursor-pointer text-sm font-semibold text-brand-700">{summary}</summary>
      {s.deferred === undefined ? children : <DeferredContent fallback={s.deferred}>{children}</DeferredContent>}
    </details>
  );
}
