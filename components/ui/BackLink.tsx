// The link back to the page above (a list, an overview) at the top of a page.
import Link from "next/link";
import type { ReactNode } from "react";

/** `<BackLink href="/admin">{t("admin.links.backToUsers")}</BackLink>`: a small paragraph with the link (no prefetch). */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="mb-2 text-sm">
      <Link prefetch={false} href={href}>
        {children}
      </Link>
    </p>
  );
}
