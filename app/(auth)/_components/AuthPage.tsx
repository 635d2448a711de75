// The frame of the pages a person sees before signing in (login, choosing a password from a
// one-time link): the language switch, then a card with the application's name and the page title.
import type { ReactNode } from "react";
import { getT } from "@/lib/i18n/server";
import { LanguageSwitch } from "@/components/layout/LanguageSwitch";

/** The page's `<main>` with the card titled `title` (the page's one h1) holding `children`; `after` follows the card. */
export async function AuthPage({ title, children, after }: { title: string; children: ReactNode; after?: ReactNode }) {
  const t = await getT();
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <div className="mb-4 flex justify-end">
        <LanguageSwitch />
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("common.appName")}</p>
        <h1 className="mb-1 text-2xl font-bold">{title}</h1>
        {children}
      </div>
      {after}
    </main>
  );
}
