"use client";
// The case's sub-pages as a navigation list; the current one is marked with aria-current.
import Link from "next/link";
import { usePathname } from "next/navigation";

export function CaseTabs({ label, items }: { label: string; items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="mb-6 border-b border-slate-300">
      <ul className="-mb-px flex flex-wrap gap-1">
        {items.map((i, index) => {
          const current = index === 0 ? pathname === i.href : pathname === i.href || pathname.startsWith(`${i.href}/`);
          return (
            <li key={i.href}>
              <Link
                prefetch={false}
                href={i.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block rounded-t-md border px-4 py-2 text-sm font-semibold no-underline hover:no-underline ${current ? "border-slate-300 border-b-white bg-white text-slate-900" : "border-transparent text-brand-700 hover:bg-slate-100"}`}
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
