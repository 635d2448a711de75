import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { listReferralInbox } from "@/lib/domain/referrals/list-referral-inbox";
import { listProgrammes } from "@/lib/domain/programmes/list-programmes";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/format";
import { REFERRAL_STATUSES, type ReferralStatus } from "@/lib/referrals/transitions";
import { PageHeader } from "@/components/ui/PageHeader";
import { FilterSelect } from "@/components/ui/FilterSelect";
import { Table, Td } from "@/components/ui/Table";
import { Badge } from "@/components/ui/Badge";
import { buttonClass } from "@/components/ui/Button";
import { Pagination, paginationText } from "@/components/ui/Pagination";
import { pageField } from "@/lib/validation/fields";
import { ReferralStatusBadge } from "./_components/StatusBadge";
import { filterReferralInboxAction } from "./actions";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("referrals.inbox.title") };
}

type Search = { status?: string | string[]; programme?: string | string[]; page?: string | string[] };

function one(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v[0] : v) ?? "";
}

const control = "block rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900";

async function ReferralInboxPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  if (!can(actor, "referral.triage")) notFound();
  const sp = await searchParams;
  const statusParam = one(sp.status);
  const status = (REFERRAL_STATUSES as readonly string[]).includes(statusParam) ? (statusParam as ReferralStatus) : null;
  const [t, locale, programmes] = await Promise.all([getT(), getLocale(), listProgrammes(actor, { scope: "managed" })]);
  const programmeParam = one(sp.programme);
  const programmeId = programmes.some((p) => p.id === programmeParam) ? programmeParam : null;
  const inbox = await listReferralInbox(actor, { status, programmeId, page: pageField.parse(sp.page) });
  const rows = inbox.rows;
  // Page links keep the filters.
  const pageHref = (page: number) => {
    const q = new URLSearchParams();
    if (status) q.set("status", status);
    if (programmeId) q.set("programme", programmeId);
    if (page > 1) q.set("page", String(page));
    const qs = q.toString();
    return qs ? `/referrals?${qs}` : "/referrals";
  };
  const pageStatus =
    inbox.pages > 1 ? (
      <p className="my-2 text-sm text-slate-700">
        {t(inbox.more ? "referrals.inbox.pageStatusMore" : "referrals.inbox.pageStatus", {
          page: inbox.page,
          pages: inbox.pages,
          total: inbox.total,
        })}
      </p>
    ) : null;
  return (
    <>
      <PageHeader title={t("referrals.inbox.title")} intro={t("referrals.inbox.intro")} />
      <form
        action={filterReferralInboxAction}
        className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
        aria-label={t("referrals.inbox.filterHeading")}
      >
        <div className="min-w-0 max-w-full">
          <FilterSelect
            name="status"
            label={t("referrals.inbox.status")}
            defaultValue={status ?? ""}
            allLabel={t("referrals.inbox.allStatuses")}
            options={REFERRAL_STATUSES.map((s) => ({ value: s, label: t(`referrals.status.${s}`) }))}
            className={`${control} max-w-full`}
          />
        </div>
        <div className="min-w-0 max-w-full">
          <FilterSelect
            name="programme"
            label={t("referrals.inbox.programme")}
            defaultValue={programmeId ?? ""}
            allLabel={t("referrals.inbox.allProgrammes")}
            options={programmes.map((p) => ({ value: p.id, label: p.name }))}
            className={`${control} max-w-full`}
          />
        </div>
        <button type="submit" className={buttonClass()}>
          {t("referrals.inbox.apply")}
        </button>
      </form>
      {rows.length === 0 ? (
        <p>{t("referrals.inbox.empty")}</p>
      ) : (
        <>
          {pageStatus}
          <Table
            caption={t("referrals.inbox.caption")}
            hideCaption
            head={[
              t("referrals.inbox.citizen"),
              t("referrals.inbox.programme"),
              t("referrals.inbox.submitted"),
              t("referrals.inbox.waiting"),
              t("referrals.inbox.status"),
              t("referrals.inbox.position"),
              t("referrals.inbox.therapist"),
            ]}
          >
            {rows.map((r) => (
              <tr key={r.id}>
                <Td>
                  <Link prefetch={false} href={`/referrals/${r.id}`} className="font-medium">
                    {r.citizenName}
                  </Link>
                  {r.overridden ? (
                    <div>
                      <Badge tone="warning">{t("referrals.inbox.overridden")}</Badge>
                    </div>
                  ) : null}
                  {r.caseClosed ? (
                    <div>
                      <Badge tone="neutral">{t("referrals.caseClosed.badge")}</Badge>
                    </div>
                  ) : null}
                </Td>
                <Td>{r.programmeName}</Td>
                <Td>{formatDateTime(r.submittedAt, locale)}</Td>
                <Td>{r.waitingDays === null ? "" : t("referrals.inbox.waitingDays", { days: r.waitingDays })}</Td>
                <Td>
                  <ReferralStatusBadge status={r.status} label={t(`referrals.status.${r.status}`)} />
                </Td>
                <Td>{r.waitlistPosition ? t("referrals.positionValue", { position: r.waitlistPosition }) : ""}</Td>
                <Td>{r.assignedTherapistName ?? ""}</Td>
              </tr>
            ))}
          </Table>
          {rows.some((r) => r.overridden) ? (
            <p className="mt-2 text-sm text-slate-700">
              <Badge tone="warning">{t("referrals.inbox.overridden")}</Badge> {t("referrals.inbox.overriddenHint")}
            </p>
          ) : null}
          {pageStatus}
          <Pagination page={inbox.page} pages={inbox.pages} href={pageHref} text={paginationText(t, t("referrals.inbox.pagination"))} />
        </>
      )}
    </>
  );
}

export default withPageMessages("/referrals", ReferralInboxPage);
