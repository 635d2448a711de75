"use client";
import { useTranslations } from "use-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <title>{`${t("common.error.title")} · ${t("common.appName")}`}</title>
      <h1 className="mb-2 text-2xl font-bold">{t("common.error.title")}</h1>
      <p className="mb-4 text-slate-700">{t("common.error.body")}</p>
      <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        {t("common.error.retry")}
      </button>
    </main>
  );
}
