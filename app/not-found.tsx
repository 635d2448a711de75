import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export default async function NotFound() {
  const t = await getT();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <title>{`${t("common.notFound.title")} · ${t("common.appName")}`}</title>
      <h1 className="mb-2 text-2xl font-bold">{t("common.notFound.title")}</h1>
      <p className="mb-4 text-slate-700">{t("common.notFound.body")}</p>
      <Link href="/">{t("common.notFound.back")}</Link>
    </main>
  );
}
