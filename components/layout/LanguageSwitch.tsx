import { setLocale } from "@/lib/i18n/actions";
import { getLocale, getT } from "@/lib/i18n/server";

/** A plain form so that it works without JavaScript too. */
export async function LanguageSwitch() {
  const t = await getT();
  const locale = await getLocale();
  const other = locale === "da" ? "en" : "da";
  return (
    <form action={setLocale} className="inline">
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        aria-label={`${t("common.language.label")}: ${t(`common.language.${other}`)}`}
        className="rounded border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 hover:bg-slate-100"
      >
        {t(`common.language.${other}`)}
      </button>
    </form>
  );
}
