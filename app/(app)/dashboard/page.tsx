// Journey 3 (SPEC §5): the managers' monthly board-meeting dashboard. Aggregates only; figures of
// fewer than 5 people are suppressed (ADR 0014). The view is a GET form, so any view can be
// bookmarked, printed (the board pack) or exported with the same query string.
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDateTime, formatDay, formatMonth } from "@/lib/format";
import { FIGURE_GROUPS, FIGURES } from "@/lib/kpi/figures";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { buttonClass } from "@/components/ui/Button";
import { boardQuery, loadBoard, type SearchParams } from "./_components/load-board";
import { FilterForm } from "./_components/FilterForm";
import { currentViewSentence } from "./_components/filter-text";
import { FigurePanel } from "./_components/FigurePanel";
import { Legend, SummaryTable } from "./_components/SummaryTable";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("kpi.title") };
}

async function Dashboard({ searchParams }: { searchParams: SearchParams }) {
  const [actor, t, locale, { board, errors }] = await Promise.all([requireActor(), getT(), getLocale(), loadBoard(searchParams)]);
  const links = (
    <>
      {board.ready ? (
        <>
          <Link prefetch={false} href={`/dashboard/print?${boardQuery(board)}`} className={buttonClass("secondary")}>
            {t("kpi.actions.print")}
          </Link>
          <a href={`/api/exports/key-figures?${boardQuery(board, { format: "csv" })}`} className={buttonClass("secondary")} download>
            {t("kpi.actions.csv")}
          </a>
          <a href={`/api/exports/key-figures?${boardQuery(board, { format: "xlsx" })}`} className={buttonClass("secondary")} download>
            {t("kpi.actions.xlsx")}
          </a>
        </>
      ) : null}
      {can(actor, "kpi.setTarget") ? (
        <Link prefetch={false} href="/dashboard/targets" className={buttonClass("secondary")}>
          {t("kpi.actions.targets")}
        </Link>
      ) : null}
      {can(actor, "aid.approveAboveMandate") ? (
        <Link prefetch={false} href="/dashboard/aids" className={buttonClass("secondary")}>
          {t("rtw.manager.link")}
        </Link>
      ) : null}
    </>
  );
  if (!board.ready) {
    return (
      <>
        <PageHeader title={t("kpi.title")} intro={t("kpi.intro")} actions={links} />
        <p role="status">{t("kpi.notReady")}</p>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t("kpi.title")} intro={t("kpi.intro")} actions={links} />
      <p className="mb-4 text-sm text-slate-700">
        {t("kpi.asOf", { refreshedAt: formatDateTime(board.refreshedAt, locale), asOf: formatDay(board.asOf, locale) })}
      </p>
      <FilterForm board={board} errors={errors} t={t} locale={locale} />
      <p role="status" className="mb-4 text-sm font-medium text-slate-900">
        {currentViewSentence(board, formatMonth(board.month, locale), t)}
      </p>
      <Legend t={t} />
      {/* Charts and month tables are drawn in the browser (ADR 0025); without JavaScript the board pack has them all as tables. */}
      <noscript>
        <p className="mb-4 rounded-md border border-slate-300 bg-slate-50 p-3 text-sm text-slate-900">
          {t("kpi.noScript")}{" "}
          <a href={`/dashboard/print?${boardQuery(board)}`} className="font-semibold text-brand-700 underline">
            {t("kpi.actions.print")}
          </a>
        </p>
      </noscript>
      <Section id="kpi-summary" title={t("kpi.summary.heading", { month: formatMonth(board.month, locale) })}>
        <SummaryTable figures={board.figures} month={board.month} t={t} locale={locale} asOf={formatDay(board.asOf, locale)} />
      </Section>
      {FIGURE_GROUPS.map((g) => (
        <Section key={g} id={`kpi-${g}`} title={t(`kpi.groups.${g}`)}>
          <div className="grid grid-cols-1 gap-x-6 xl:grid-cols-2">
            {board.figures
              .filter((f) => FIGURES[f.key].group === g)
              .map((f) => (
                <FigurePanel key={f.key} f={f} t={t} locale={locale} asOf={formatDay(board.asOf, locale)} />
              ))}
          </div>
        </Section>
      ))}
    </>
  );
}

export default withPageMessages("/dashboard", Dashboard);
