import type { ReactNode } from "react";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { navFor } from "@/components/layout/nav";
import { NavLinks } from "@/components/layout/NavLinks";
import { SignOutButton } from "@/components/layout/SignOutButton";
import { LanguageSwitch } from "@/components/layout/LanguageSwitch";
import { SessionGuard } from "@/components/layout/SessionGuard";
import { env } from "@/lib/env";
import { keepSessionAliveAction } from "./actions";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const t = await getT();
  const items = navFor(actor).map((i) => ({ href: i.href, label: t(i.labelKey as never) }));
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("common.skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-10 gap-y-3 px-4 py-3">
          <div className="flex flex-wrap items-center gap-6">
            <span className="text-lg font-bold text-brand-700">{t("common.appName")}</span>
            <NavLinks label={t("common.nav.label")} items={items} />
          </div>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span className="text-slate-700">
              {t("common.nav.signedInAs", { name: actor.name, role: t(`common.roles.${actor.role}`) })}
            </span>
            <Link href="/account/password" prefetch={false} className="text-brand-700">
              {t("account.navLabel")}
            </Link>
            <LanguageSwitch />
            <SignOutButton label={t("common.nav.signOut")} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
      <SessionGuard idleMinutes={env.sessionIdleMinutes} keepSessionAliveAction={keepSessionAliveAction} />
    </>
  );
}
