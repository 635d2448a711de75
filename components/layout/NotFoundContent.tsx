import Link from "next/link";
import { getT } from "@/lib/i18n/server";

/** The body of a 404 page; the caller decides whether it sits in its own <main>. */
export async function NotFoundContent() {
  const t = await getT();
  return (
    <div className="mx-auto max-w-xl px-4 py-16">
      <title>{`${t("common.notFound.title")} · ${t("common.appName")}`}</title>
      <h1 className="mb-2 text-2xl font-bold">{t("common.notFound.title")}</h1>
      <p className="mb-4 text-slate-700">{t("common.notFound.body")}</p>
      <Link prefetch={false} href="/">
        {t("common.notFound.back")}
      </Link>
    </div>
  );
}
