// The signed-in user's controls in the app header: who is signed in, change password, language,
// sign out. Wide screens show them in the header row; below the `sm` breakpoint (a 390 px phone)
// they fold into a native <details> menu beside the app name, so the header keeps to one row plus
// the navigation row (uxfix item 5). <details> opens with Enter/Space and works without JavaScript.
import Link from "next/link";
import type { T } from "@/lib/i18n/server";
import { LanguageSwitch } from "./LanguageSwitch";
import { SignOutButton } from "./SignOutButton";

function Controls({ t, signedInAs }: { t: T; signedInAs: string }) {
  return (
    <>
      {/* From `lg` on at most 14rem wide (two short lines rather than a header that wraps; walk4 item 7). */}
      <span className="text-slate-700 lg:max-w-56 lg:leading-tight">{signedInAs}</span>
      <Link href="/account/password" prefetch={false} className="text-brand-700">
        {t("account.navLabel")}
      </Link>
      <LanguageSwitch />
      <SignOutButton label={t("common.nav.signOut")} />
    </>
  );
}

/** The two renderings; only one is displayed at a time (the other is display:none, so not in the accessibility tree). */
export function AccountControls({ t, signedInAs, className = "" }: { t: T; signedInAs: string; className?: string }) {
  return (
    <>
      <details className={`relative sm:hidden ${className}`}>
        <summary className="flex cursor-pointer list-none items-center gap-1 rounded border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
          {t("common.nav.account")}
          <span aria-hidden="true">▾</span>
        </summary>
        <div className="absolute right-0 z-40 mt-2 flex w-64 max-w-[calc(100vw-2rem)] flex-col items-start gap-3 rounded-md border border-slate-200 bg-white p-3 text-sm shadow-lg">
          <Controls t={t} signedInAs={signedInAs} />
        </div>
      </details>
      <div className="hidden flex-wrap items-center gap-3 text-sm sm:ml-auto sm:flex lg:shrink-0 lg:flex-nowrap">
        <Controls t={t} signedInAs={signedInAs} />
      </div>
    </>
  );
}
