"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * The main navigation. Below `sm` (a 390 px phone) the links stay on one row that scrolls sideways
 * (the current page's link is scrolled into view); from `sm` on they wrap as before. Every link is
 * in the tab order, so the row is reachable and scrolls with the keyboard focus.
 */
export function NavLinks({ label, items }: { label: string; items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const list = useRef<HTMLUListElement>(null);
  // The most specific matching item is the current one (/admin/rules, not also /admin).
  const current = items
    .filter((i) => pathname === i.href || pathname.startsWith(i.href + "/"))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  // On a narrow screen the current link may lie beyond the right edge: scroll the row (only the row).
  useEffect(() => {
    const ul = list.current;
    const link = ul?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!ul || !link || ul.scrollWidth <= ul.clientWidth) return;
    const left = link.offsetLeft; // the list is positioned: its own content coordinates
    if (left < ul.scrollLeft || left + link.offsetWidth > ul.scrollLeft + ul.clientWidth) ul.scrollLeft = left - 8;
  }, [current]);
  return (
    <nav aria-label={label}>
      <ul
        ref={list}
        // A link reached with Tab is shown whole in the row (Chromium leaves a half-visible one as it is).
        onFocus={(e) => {
          if (list.current && list.current.scrollWidth > list.current.clientWidth)
            e.target.scrollIntoView({ block: "nearest", inline: "nearest" });
        }}
        className="relative -mx-1 flex gap-4 overflow-x-auto whitespace-nowrap px-1 py-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:whitespace-normal sm:px-0 sm:py-0"
      >
        {items.map((i) => {
          const isCurrent = i.href === current;
          return (
            <li key={i.href}>
              <Link
                prefetch={false}
                href={i.href}
                aria-current={isCurrent ? "page" : undefined}
                className={`text-sm font-medium ${isCurrent ? "text-slate-900 underline decoration-2 underline-offset-4" : "text-brand-700"}`}
              >
                {i.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
