import type { ReactNode } from "react";
import { requireActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { navFor } from "@/components/layout/nav";
import { NavLinks } from "@/components/layout/NavLinks";
import { AccountControls } from "@/components/layout/AccountControls";
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
      {/* Below `sm` (a 390 px phone): the app name and the account menu on one row, the navigation
          on a row of its own that scrolls sideways; from `sm` on, one wrapping row; from `lg` on, one
          row that does not wrap: the navigation takes the room left and wraps its own links if it must
          (walk4 item 7: the administrator's header wrapped at 1280 px). */}
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto grid max-w-7xl grid-cols-[minmax(0,1fr)_auto] items-center gap-x-4 gap-y-2 px-4 py-3 sm:flex sm:flex-wrap sm:gap-x-6 sm:gap-y-3 lg:flex-nowrap">
          <span className="col-start-1 row-start-1 text-lg font-bold text-brand-700">{t("common.appName")}</span>
          <div className="col-span-2 row-start-2 min-w-0 lg:flex-1">
            <NavLinks label={t("common.nav.label")} items={items} />
          </div>
          <AccountControls
            t={t}
            className="col-start-2 row-start-1"
            signedInAs={t("common.nav.signedInAs", { name: actor.name, role: t(`common.roles.${actor.role}`) })}
          />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
      <SessionGuard idleMinutes={env.sessionIdleMinutes} keepSessionAliveAction={keepSessionAliveAction} />
    </>
  );
}
