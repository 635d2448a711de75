// The citizen's access report (issue 9): a printable page in plain Danish that can be handed or sent
// to the citizen — who saw or changed the citizen's data, when, in which department, what, and under
// which consent and purpose. The period form posts to a server action that redirects to the
// bookmarkable report URL (works without JavaScript; issue 8 item 9: every form posts).
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/actions/or-not-found";
import { getCitizenAccessReport, REPORT_ROW_LIMIT, type AccessReport } from "@/lib/domain/audit/get-citizen-access-report";
import { DomainRuleError } from "@/lib/domain/errors";
import { ZAccessReportQuery } from "@/lib/validation/audit";
import { getLocale, getT, type T } from "@/lib/i18n/server";
import { formatDay, formatNumber } from "@/lib/format";
import { isoDay } from "@/lib/time";
import { Table } from "@/components/ui/Table";
import { Alert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/Button";
import { PrintButton } from "./_components/PrintButton";
import { AccessReportRows } from "./_components/AccessReportRows";
import { accessReportPeriodAction } from "../actions";
import { consentText, departmentText, purposeText, recordText, whenText } from "./report-text";
import { withPageMessages } from "@/components/layout/PageMessages";

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("audit.report.metaTitle") };
}

const control = "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700";
const labelClass = "mb-1 block text-sm font-semibold text-slate-800";

/** Print: A4, page numbers in the bottom margin ("Side 1 af 3"), in the reader's language. */
function pageRule(t: T): string {
  const [before, between, after] = t("audit.report.page", { page: "\u0001", pages: "\u0001" }).split("\u0001");
  const q = (s = "") => JSON.stringify(s);
  return `@page { size: A4; margin: 14mm 12mm 16mm; @bottom-right { content: ${q(before)} counter(page) ${q(between)} counter(pages) ${q(after)}; font-size: 9pt; color: #334155; } }`;
}

async function AccessReportPage({ params, searchParams }: { params: Promise<{ citizenId: string }>; searchParams: Promise<Search> }) {
  const actor = await requireActor();
  const [{ citizenId }, raw, t, locale] = await Promise.all([params, searchParams, getT(), getLocale()]);
  const input = { citizenId, from: first(raw.from), to: first(raw.to) };
  const parsed = ZAccessReportQuery.safeParse(input);
  const fieldErrors: Partial<Record<"from" | "to", string>> = {};
  let report: AccessReport | null = null;
  if (!parsed.success) {
    if (parsed.error.issues.some((i) => i.path[0] === "citizenId")) notFound();
    for (const i of parsed.error.issues) fieldErrors[i.path[0] as "from" | "to"] ??= i.message;
  } else {
    try {
      report = await orNotFound(getCitizenAccessReport(actor, { ...parsed.data, format: "page" }));
    } catch (e) {
      if (!(e instanceof DomainRuleError)) throw e;
      fieldErrors[(e.field ?? "to") as "from" | "to"] = e.code;
    }
  }
  const csvQuery = new URLSearchParams({ ...(input.from ? { from: input.from } : {}), ...(input.to ? { to: input.to } : {}) }).toString();
  const field = (name: "from" | "to") => {
    const error = fieldErrors[name];
    return (
      <div>
        <label htmlFor={`report-${name}`} className={labelClass}>
          {t(`audit.report.filters.${name}`)}
        </label>
        <input
          id={`report-${name}`}
          name={name}
          type="date"
          defaultValue={input[name] || (report ? isoDay(report[name]) : "")}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `report-${name}-error` : "report-period-hint"}
          className={control}
        />
        {error ? (
          <p id={`report-${name}-error`} className="mt-1 text-sm font-medium text-red-800">
            {t(error as "audit.errors.toBeforeFrom")}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <article className="access-report">
      <style>{pageRule(t)}</style>
      <p className="mb-2 text-sm print:hidden">
        <Link prefetch={false} href={`/citizens/${citizenId}`}>
          {t("common.back")}
        </Link>
      </p>
      <header className="mb-6 border-b border-slate-300 pb-4">
        {report ? <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">{report.municipality}</p> : null}
        <h1 className="text-2xl font-bold text-slate-900">{t("audit.report.title")}</h1>
        {report ? (
          <dl
            aria-label={t("audit.report.facts.label")}
            className="mt-3 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2 print:grid-cols-2"
          >
            {[
              [t("audit.report.facts.citizen"), report.citizen.name],
              [t("audit.report.facts.cpr"), report.citizen.cprMasked],
              [
                t("audit.report.facts.period"),
                t("audit.report.facts.periodValue", { from: formatDay(report.from, locale), to: formatDay(report.to, locale) }),
              ],
              [t("audit.report.facts.generatedAt"), formatDay(report.generatedAt, locale)],
              [
                t("audit.report.facts.generatedBy"),
                t("audit.report.facts.generatedByValue", {
                  name: report.generatedBy.name,
                  role: t(`common.roles.${report.generatedBy.role}`),
                }),
              ],
              [t("audit.report.facts.count"), formatNumber(report.rows.length, locale)],
            ].map(([term, value]) => (
              <div key={term} className="flex gap-2">
                <dt className="font-semibold text-slate-700">{term}:</dt>
                <dd className="text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
      </header>

      <form
        action={accessReportPeriodAction}
        aria-labelledby="report-period-heading"
        className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:hidden"
      >
        <h2 id="report-period-heading" className="mb-3 text-lg font-semibold text-slate-900">
          {t("audit.report.filters.heading")}
        </h2>
        <input type="hidden" name="citizenId" value={citizenId} />
        <div className="grid items-end gap-4 sm:grid-cols-3">
          {field("from")}
          {field("to")}
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={buttonClass("primary")}>
              {t("audit.report.filters.show")}
            </button>
          </div>
        </div>
        <p id="report-period-hint" className="mt-2 text-sm text-slate-700">
          {t("audit.report.filters.hint")}
        </p>
      </form>

      {report ? (
        <>
          <div className="mb-4 flex flex-wrap gap-2 print:hidden">
            <a
              href={`/citizens/${citizenId}/access-report/csv${csvQuery ? `?${csvQuery}` : ""}`}
              className={buttonClass("secondary")}
              download
            >
              {t("audit.report.csv")}
            </a>
            <PrintButton label={t("audit.report.print")} />
          </div>
          <div className="mb-4 max-w-3xl space-y-2 text-slate-800">
            <p>
              {t("audit.report.intro", {
                municipality: report.municipality,
                from: formatDay(report.from, locale),
                to: formatDay(report.to, locale),
              })}
            </p>
            <p>{t("audit.report.consentExplained")}</p>
          </div>
          {report.truncated ? <Alert>{t("audit.report.truncated", { limit: formatNumber(REPORT_ROW_LIMIT, locale) })}</Alert> : null}
          {report.rows.length === 0 ? (
            <p className="rounded-lg border border-slate-200 bg-white p-4">{t("audit.report.none")}</p>
          ) : (
            <Table
              caption={t("audit.report.caption")}
              head={[
                t("audit.report.columns.when"),
                t("audit.report.columns.who"),
                t("audit.report.columns.department"),
                t("audit.report.columns.record"),
                t("audit.report.columns.action"),
                t("audit.report.columns.consent"),
              ]}
            >
              <AccessReportRows
                rows={report.rows.map((r) => [
                  whenText(locale, r.at),
                  r.actorName,
                  t(`common.roles.${r.actorRole}`),
                  departmentText(t, r),
                  recordText(t, r),
                  t(`audit.actions.${r.action}`),
                  consentText(t, locale, r),
                  r.consent ? purposeText(t, r) : "",
                ])}
              />
            </Table>
          )}
          <p className="mt-6 max-w-3xl text-sm text-slate-700">{t("audit.report.footer", { municipality: report.municipality })}</p>
        </>
      ) : null}
    </article>
  );
}

export default withPageMessages("/citizens/[citizenId]/access-report", AccessReportPage);
