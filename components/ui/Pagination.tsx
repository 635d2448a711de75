// Page links of a long list (issue 10): a <nav> with its own label, previous/next and a window of
// page numbers around the current one, which carries aria-current="page". Works without JavaScript.
import Link from "next/link";
import type { T } from "@/lib/i18n/server";

export type PaginationText = { label: string; previous: string; next: string; page: (page: number) => string };

/** The texts of a list's page links: `label` names the list's navigation ("Sider i Mine sager"). */
export function paginationText(t: T, label: string): PaginationText {
  return {
    label,
    previous: t("cases.pagination.previous"),
    next: t("cases.pagination.next"),
    page: (page) => t("cases.pagination.page", { page }),
  };
}

/** Page numbers to show: the first, the last and up to two either side of `page`; null = a gap. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - page) <= 2) out.push(p);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}

const linkClass =
  "inline-block min-w-10 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-center text-slate-900 hover:border-brand-600 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white";

/** `href(page)` builds the link of a page (keeping the list's filters); nothing is shown for one page. */
export function Pagination({
  page,
  pages,
  href,
  text,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  text: PaginationText;
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={text.label} className="mt-4">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link prefetch={false} href={href(page - 1)} rel="prev" className={linkClass}>
              {text.previous}
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-700">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                prefetch={false}
                href={href(p)}
                aria-label={text.page(p)}
                aria-current={p === page ? "page" : undefined}
                className={linkClass}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        {page < pages ? (
          <li>
            <Link prefetch={false} href={href(page + 1)} rel="next" className={linkClass}>
              {text.next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
