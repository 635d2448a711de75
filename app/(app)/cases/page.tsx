// My cases: the caseworker's worklist, most urgent deadline first. The filter form posts to a server
// action (works without JavaScript): the filters come back as URL parameters (bookmarkable), the
// free-text search (name or CPR) only as a private search id (issue 8 item 9, lib/actions/private-search).
import { isPartialCprSearch } from "@/lib/validation/cpr";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { getMyWorklist, type MyCaseRow } from "@/lib/domain/cases/list-my-cases";
import { URGENCY_ORDER, type UrgencyState } from "@/lib/domain/cases/urgency";
import { DIAGNOSIS_GROUPS, STATUS_FILTERS, ZMyCasesQuery } from "@/lib/validation/cases";
import { getLocale, getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/messages";
import { formatDay } from "@/lib/format";
import { today } from "@/lib/clock";
import { caseAgeWeeks } from "@/lib/rules/dates";
import { PageHeader } from "@/components/ui/PageHeader";
import { FilterSelect } from "@/components/ui/FilterSelect";
import { SearchField } from "@/components/ui/SearchField";
import { Table } from "@/components/ui/Table";
import { Alert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/Button";
import { Pagination, paginationText } from "@/components/ui/Pagination";
import { DeadlineBadge } from "./_components/DeadlineBadge";
import { WorklistRows, type WorklistRowView } from "./_components/WorklistRows";
import { filterMyCasesAction } from "./actions";
import { readPrivateSearch, SEARCH_ID_PARAM } from "@/lib/actions/private-search";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("cases.myCases") };
}

type Search = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function queryString(q: Record<string, string | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** A worklist row's compact view for the browser (WorklistRows, ADR 0028): facts once, no element tree. */
function worklistRowView(r: MyCaseRow, locale: Locale, now: Date): WorklistRowView {
  const worst = r.overdue[0];
  return {
    id: r.id,
    name: r.citizenName,
    cpr: r.cprMasked,
    group: r.diagnosisGroup,
    weeks: caseAgeWeeks(r.firstAbsenceDay, now),
    status: r.status,
    category: r.category,
    due: r.nextDeadlineOn ? formatDay(r.nextDeadlineOn, locale) : null,
    kind: r.nextDeadlineKind,
    urgency: r.urgency,
    overdue: worst ? { count: r.overdue.length, kind: worst.kind, days: worst.daysOverdue ?? 0 } : null,
    flags: r.flags.map((f) => f.kind),
    exempt: r.exemption ? { until: r.exemption.untilOn ? formatDay(r.exemption.untilOn, locale) : null } : null,
  };
}

const control = "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900";

async function MyCasesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  if (!can(actor, "case.edit")) notFound();
  const raw = await searchParams;
  const filters = { status: first(raw.status), group: first(raw.group), state: first(raw.state) };
  const searchId = first(raw[SEARCH_ID_PARAM]);
  const q = await readPrivateSearch(actor, "cases", searchId);
  // A search with control characters (e.g. a NUL byte) is not run: the error is shown at the field.
  const parsed = ZMyCasesQuery.safeParse({ ...filters, q, page: first(raw.page) });
  const query = parsed.success ? parsed.data : ZMyCasesQuery.parse(filters);
  const searchError = parsed.success ? null : "errors.controlCharacters";
  const now = today();
  const [t, locale, list] = await Promise.all([getT(), getLocale(), getMyWorklist(actor, query)]);
  const filtered = query.status !== "OPEN" || !!query.group || !!query.state || !!query.q;
  const stateLabel = (s: UrgencyState) => t(`cases.urgency.${s}`);
  // Page links keep the filters and the private search id (never the search text itself).
  const pageHref = (page: number) =>
    `/cases${queryString({ ...filters, [SEARCH_ID_PARAM]: q ? searchId : undefined, page: page > 1 ? String(page) : undefined })}`;
  return (
    <>
      <PageHeader
        title={t("cases.myCases")}
        intro={t("cases.myCasesIntro")}
        actions={
          <>
            <Link prefetch={false} href="/citizens/new" className={buttonClass("secondary")}>
              {t("cases.newCitizen")}
            </Link>
            <Link prefetch={false} href="/citizens" className={buttonClass("primary")}>
              {t("cases.openCaseEntry")}
            </Link>
          </>
        }
      />

      <section aria-labelledby="counts-heading" className="mb-6">
        <h2 id="counts-heading" className="mb-2 text-lg font-semibold text-slate-900">
          {t("cases.counts.heading")}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {URGENCY_ORDER.map((s) => (
            <li key={s}>
              <Link
                prefetch={false}
                href={`/cases${queryString({ state: s })}`}
                aria-current={query.state === s && query.status === "OPEN" && !query.group && !query.q ? "page" : undefined}
                className="block rounded-lg border border-slate-200 bg-white p-3 text-slate-900 no-underline shadow-sm hover:border-brand-600 hover:no-underline aria-[current=page]:border-brand-700 aria-[current=page]:ring-2 aria-[current=page]:ring-brand-600"
              >
                <span className="block text-2xl font-bold">{list.counts[s]}</span>
                <DeadlineBadge t={t} state={s} />
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <form
        action={filterMyCasesAction}
        role="search"
        aria-labelledby="filters-heading"
        className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h2 id="filters-heading" className="mb-3 text-lg font-semibold text-slate-900">
          {t("cases.filters.heading")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          <div className="lg:col-span-2">
            <SearchField
              id="filter-q"
              label={t("cases.filters.search")}
              hint={t("cases.filters.searchHint")}
              error={searchError ? t(searchError) : null}
              defaultValue={query.q ?? ""}
              className={control}
            />
          </div>
          <div>
            <FilterSelect
              name="status"
              label={t("cases.filters.status")}
              defaultValue={query.status}
              options={STATUS_FILTERS.map((s) => ({ value: s, label: t(`cases.filters.statusOption.${s}`) }))}
              className={control}
            />
          </div>
          <div>
            <FilterSelect
              name="group"
              label={t("cases.filters.group")}
              defaultValue={query.group ?? ""}
              allLabel={t("cases.filters.allGroups")}
              options={DIAGNOSIS_GROUPS.map((g) => ({ value: g, label: t(`cases.diagnosisGroup.${g}`) }))}
              className={control}
            />
          </div>
          <div>
            <FilterSelect
              name="state"
              label={t("cases.filters.state")}
              defaultValue={query.state ?? ""}
              allLabel={t("cases.filters.allStates")}
              options={URGENCY_ORDER.map((s) => ({ value: s, label: stateLabel(s) }))}
              className={control}
            />
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button type="submit" className={buttonClass("primary")}>
            {t("cases.filters.apply")}
          </button>
          {filtered ? (
            <Link prefetch={false} href="/cases">
              {t("cases.filters.reset")}
            </Link>
          ) : null}
        </div>
      </form>

      {list.invalidCpr ? <Alert tone="error">{t("cases.invalidCpr")}</Alert> : null}
      {/* Where the list stands is said above it too, not only under 50 rows. */}
      {list.pages > 1 ? (
        <p className="mb-2 text-sm text-slate-700">
          {t("cases.pagination.status", { page: list.page, pages: list.pages, total: list.total })}
        </p>
      ) : null}
      {list.rows.length === 0 ? (
        <p role="status">
          {filtered ? t("cases.noMatches") : t("cases.empty")}
          {/* Part of a CPR number is never searched: say how to search (as the citizen search does). */}
          {isPartialCprSearch(query.q) ? ` ${t("cases.partialCpr")}` : null}
        </p>
      ) : (
        <Table
          caption={t("cases.table.caption")}
          hideCaption
          head={[
            t("cases.table.citizen"),
            t("cases.table.cpr"),
            t("cases.table.diagnosisGroup"),
            t("cases.table.caseAge"),
            t("cases.table.status"),
            t("rules.case.visitation.current"),
            t("cases.table.nextDeadline"),
          ]}
        >
          <WorklistRows rows={list.rows.map((r) => worklistRowView(r, locale, now))} />
        </Table>
      )}
      {list.pages > 1 ? (
        <p className="mt-4 text-sm text-slate-700">
          {t("cases.pagination.status", { page: list.page, pages: list.pages, total: list.total })}
        </p>
      ) : null}
      <Pagination page={list.page} pages={list.pages} href={pageHref} text={paginationText(t, t("cases.pagination.label"))} />
    </>
  );
}

export default withPageMessages("/cases", MyCasesPage);
