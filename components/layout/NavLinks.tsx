"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLinks({ label, items }: { label: string; items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  // The most specific matching item is the current one (/admin/rules, not also /admin).
  const current = items
    .filter((i) => pathname === i.href || pathname.startsWith(i.href + "/"))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-4">
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
