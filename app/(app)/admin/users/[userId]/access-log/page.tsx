import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { listStaffAccessLog } from "@/lib/domain/admin/list-staff-access-log";
import { formatDateTime } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table, Td } from "@/components/ui/Table";
import { withPageMessages } from "@/components/layout/PageMessages";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Record types with a Danish/English name; others are shown as stored. */
const KNOWN_TYPES = new Set([
  "Citizen",
  "SickLeaveCase",
  "FollowUp",
  "Programme",
  "Referral",
  "RehabPlan",
  "RehabGoal",
  "HomeExercise",
  "AdherenceEntry",
  "ProgressNote",
  "ReturnToWorkPlan",
  "RtwProposal",
  "WorkplaceAid",
]);

export async function generateMetadata() {
  const t = await getT();
  return { title: t("admin.accessLog.caption") };
}

async function StaffAccessLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ userId: string }>;
  searchParams: Promise<{ before?: string }>;
}) {
  const actor = await requireActor();
  if (!can(actor, "staffAccessLog.view")) notFound();
  const [{ userId }, sp] = await Promise.all([params, searchParams]);
  if (!UUID.test(userId)) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const log = await orNotFound(listStaffAccessLog(actor, { userId, before: sp.before ?? null }));
  const ADMIN_TYPES = new Set(["User", "Organisation", "OrganisationSetting", "CompetenceTag", "RuleSet", "StaffAccessLog"]);
  const baseName = (type: string): string =>
    KNOWN_TYPES.has(type)
      ? t(`cases.history.record.${type}` as never)
      : ADMIN_TYPES.has(type)
        ? t(`admin.accessLog.types.${type}` as never)
        : type;
  // "SickLeaveCaseList" (a list view) and "CitizenHistory" (a history view) name their record kind first.
  const typeName = (type: string): string => {
    const m = /^(.+?)(List|History)$/.exec(type);
    if (m && (KNOWN_TYPES.has(m[1]!) || ADMIN_TYPES.has(m[1]!)))
      return t(m[2] === "List" ? "admin.accessLog.list" : "admin.accessLog.history", { type: baseName(m[1]!) });
    return baseName(type);
  };
  return (
    <>
      <BackLink href={`/admin/users/${userId}`}>{t("common.back")}</BackLink>
      <PageHeader title={t("admin.accessLog.title", { name: log.name })} intro={t("admin.accessLog.intro")} />
      {log.rows.length === 0 ? (
        <p className="text-sm text-slate-700">{t("admin.accessLog.empty")}</p>
      ) : (
        <Table
          caption={t("admin.accessLog.caption")}
          // The caption repeats the page's heading ("Adgangslog for …"): for screen readers only (fix16 item 6c).
          hideCaption
          head={[t("admin.accessLog.when"), t("admin.accessLog.recordType"), t("admin.accessLog.action")]}
        >
          {log.rows.map((r) => (
            <tr key={r.id}>
              <Td>{formatDateTime(r.at, locale)}</Td>
              <Td>{typeName(r.recordType)}</Td>
              <Td>{t(`admin.accessLog.actions.${r.action}`)}</Td>
            </tr>
          ))}
        </Table>
      )}
      <nav className="mt-4 flex gap-4 text-sm" aria-label={t("admin.accessLog.caption")}>
        {sp.before ? (
          <Link prefetch={false} href={`/admin/users/${userId}/access-log`}>
            {t("admin.accessLog.newest")}
          </Link>
        ) : null}
        {log.nextBefore ? (
          <Link prefetch={false} href={`/admin/users/${userId}/access-log?before=${log.nextBefore}`}>
            {t("admin.accessLog.older")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}

export default withPageMessages("/admin/users/[userId]/access-log", StaffAccessLogPage);
