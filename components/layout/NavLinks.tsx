"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLinks({ label, items }: { label: string; items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-4">
        {items.map((i) => {
          const current = pathname === i.href || pathname.startsWith(i.href + "/");
          return (
            <li key={i.href}>
              <Link href={i.href} aria-current={current ? "page" : undefined} className={`text-sm font-medium ${current ? "text-slate-900 underline decoration-2 underline-offset-4" : "text-brand-700"}`}>
                {i.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
