// The board pack: the dashboard's figures laid out for A4 paper (issue 11). One figure per panel,
// never split across pages; black-and-white readable charts (markers, dashed target, status
// shapes); the period and the filters in the header; page numbers in the page margin (CSS paged
// media, which Chromium's "Save as PDF" honours). Same query string as the dashboard.
import Link from "next/link";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDateTime, formatDay, formatMonth } from "@/lib/format";
import { FIGURE_GROUPS, FIGURES } from "@/lib/kpi/figures";
import { boardQuery, loadBoard, type SearchParams } from "../_components/load-board";
import { filterSummary } from "../_components/filter-text";
import { FigurePanel } from "../_components/FigurePanel";
import { Legend, SummaryTable } from "../_components/SummaryTable";
import { PrintButton } from "./PrintButton";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("kpi.actions.print") };
}

async function BoardPack({ searchParams }: { searchParams: SearchParams }) {
  const [t, locale, { board }] = await Promise.all([getT(), getLocale(), loadBoard(searchParams)]);
  if (!board.ready) return <p role="status">{t("kpi.notReady")}</p>;
  const month = formatMonth(board.month, locale);
  // Page numbers in the bottom margin of every A4 page ("Side 3 / 12").
  const pageCss = `@page { size: A4; margin: 14mm 12mm 16mm; @bottom-center { content: "${t("kpi.print.page")} " counter(page) " / " counter(pages); font-size: 9pt; } }`;
  return (
    <div className="kpi-print mx-auto max-w-[190mm] text-slate-900">
      <style>{pageCss}</style>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link prefetch={false} href={`/dashboard?${boardQuery(board)}`}>
          {t("kpi.actions.back")}
        </Link>
        <PrintButton label={t("kpi.print.printButton")} />
      </div>
      <header className="mb-4 border-b-2 border-slate-900 pb-2">
        <h1 className="text-xl font-bold">{t("kpi.print.title", { month })}</h1>
        <p className="text-sm">{t("kpi.print.period", { from: formatMonth(board.months[0]!, locale), to: month })}</p>
        <p className="text-sm">{t("kpi.print.filters", { filters: filterSummary(board, t) })}</p>
        <p className="text-xs text-slate-700">{t("kpi.print.generated", { refreshedAt: formatDateTime(board.refreshedAt, locale) })}</p>
      </header>
      <Legend t={t} />
      <section aria-labelledby="pack-summary" className="mb-6 break-after-page">
        <h2 id="pack-summary" className="mb-2 text-lg font-semibold">
          {t("kpi.summary.heading", { month })}
        </h2>
        <SummaryTable figures={board.figures} month={board.month} t={t} locale={locale} asOf={formatDay(board.asOf, locale)} />
      </section>
      {FIGURE_GROUPS.map((g) => (
        <section key={g} aria-labelledby={`pack-${g}`}>
          <h2 id={`pack-${g}`} className="mb-2 text-lg font-semibold break-after-avoid">
            {t(`kpi.groups.${g}`)}
          </h2>
          {board.figures
            .filter((f) => FIGURES[f.key].group === g)
            .map((f) => (
              <FigurePanel key={f.key} f={f} t={t} locale={locale} asOf={formatDay(board.asOf, locale)} print />
            ))}
        </section>
      ))}
    </div>
  );
}

export default withPageMessages("/dashboard/print", BoardPack);
