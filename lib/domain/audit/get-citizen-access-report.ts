// The citizen's access report (issue 9, SPEC §3): for one citizen and a period, every access to the
// citizen's data — when, who (name and role), which department, which record, what was done, and
// under which consent and purpose. Producing it is itself logged (EXPORT).
import { maskCpr } from "@/lib/validation/cpr";
import { decryptCpr } from "@/lib/crypto/cpr";
import { addDays, danishLocalToInstant, isoDay, utcDay } from "@/lib/time";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import type { AccessAction, DepartmentKind, Role } from "@/lib/db/generated/client";
import type { TAccessReportQuery } from "@/lib/validation/audit";

/** At most this many rows per report (newest first); `truncated` says when a shorter period is needed. */
export const REPORT_ROW_LIMIT = 10_000;

/** The default period: this many years back from the last day. */
export const DEFAULT_REPORT_YEARS = 2;

export type AccessReportRow = {
  /** Access-log row id (decimal string). */
  id: string;
  at: Date;
  actorName: string;
  actorRole: Role;
  actorDepartment: DepartmentKind | null;
  /** The kind of record (AccessLog.recordType, e.g. "SickLeaveCase"). */
  recordType: string;
  /** Seen in a list (e.g. the caseworker's worklist) rather than opened. */
  inList: boolean;
  action: AccessAction;
  /** The consent a cross-department access happened under, with its purpose; null for a department's own records. */
  consent: { id: string; purpose: string | null; validFrom: Date | null; validUntil: Date | null } | null;
};

export type AccessReport = {
  citizen: { id: string; name: string; cprMasked: string };
  municipality: string;
  /** First and last Danish calendar day of the period (UTC midnight values), both included. */
  from: Date;
  to: Date;
  generatedAt: Date;
  generatedBy: { name: string; role: Role };
  rows: AccessReportRow[];
  truncated: boolean;
};

/** The period of a report: `to` defaults to today, `from` to the same day DEFAULT_REPORT_YEARS earlier. */
export function reportPeriod(query: Pick<TAccessReportQuery, "from" | "to">, today: Date): { from: Date; to: Date } {
  const to = query.to ?? today;
  const from = query.from ?? utcDay(to.getUTCFullYear() - DEFAULT_REPORT_YEARS, to.getUTCMonth() + 1, to.getUTCDate());
  return { from, to };
}

/**
 * The report for `citizenId` over the period (Danish days, both included; default the last 2 years),
 * newest access first, at most REPORT_ROW_LIMIT rows. Only accesses that happened (ALLOWED) are
 * listed: refused look-ups carry no citizen (lib/audit/denied.ts). Logged as EXPORT with the period,
 * the format and the number of rows.
 * @throws NotFoundError without the capability "audit.report" or when the citizen is outside the actor's read scope.
 * @throws DomainRuleError "audit.errors.toBeforeFrom" (field "to") when the period ends before it starts.
 */
export const getCitizenAccessReport = defineUseCase(
  { capability: "audit.report", notFound: "citizen" },
  async (ctx, input: TAccessReportQuery & { format: "page" | "csv" }): Promise<AccessReport> => {
    const citizen = await ctx.read.citizen.get({
      where: { id: input.citizenId },
      select: { id: true, firstName: true, lastName: true, cprEncrypted: true, organisation: { select: { name: true } } },
    });
    const { from, to } = reportPeriod(input, ctx.today);
    if (from.getTime() > to.getTime()) throw new DomainRuleError("audit.errors.toBeforeFrom", "to");
    // The log is reached through the citizen loaded by scope (index AccessLog(citizenId, at)).
    const logged = await ctx.tx.accessLog.findMany({
      where: {
        citizenId: citizen.id,
        outcome: "ALLOWED",
        at: { gte: danishLocalToInstant(`${isoDay(from)}T00:00`), lt: danishLocalToInstant(`${isoDay(addDays(to, 1))}T00:00`) },
      },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: REPORT_ROW_LIMIT + 1,
      select: {
        id: true,
        at: true,
        actorId: true,
        actorRole: true,
        actorDepartment: true,
        recordType: true,
        action: true,
        consentId: true,
        details: true,
      },
    });
    const rows = logged.slice(0, REPORT_ROW_LIMIT);
    const users = await ctx.read.user.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.actorId))] } },
      select: { id: true, name: true },
    });
    const consents = await ctx.read.consent.findMany({
      where: { id: { in: [...new Set(rows.flatMap((r) => (r.consentId ? [r.consentId] : [])))] } },
      select: { id: true, purpose: true, validFrom: true, validUntil: true },
    });
    const nameOf = new Map(users.map((u) => [u.id, u.name]));
    const consentOf = new Map(consents.map((c) => [c.id, c]));
    await ctx.audit.exported({
      recordType: "AccessReport",
      recordId: citizen.id,
      citizenId: citizen.id,
      details: { from: isoDay(from), to: isoDay(to), format: input.format, rows: rows.length },
    });
    return {
      citizen: { id: citizen.id, name: `${citizen.firstName} ${citizen.lastName}`, cprMasked: maskCpr(decryptCpr(citizen.cprEncrypted)) },
      municipality: citizen.organisation.name,
      from,
      to,
      generatedAt: ctx.now,
      generatedBy: { name: ctx.actor.name, role: ctx.actor.role },
      truncated: logged.length > REPORT_ROW_LIMIT,
      rows: rows.map((r) => ({
        id: r.id.toString(),
        at: r.at,
        actorName: nameOf.get(r.actorId) ?? "—",
        actorRole: r.actorRole,
        actorDepartment: r.actorDepartment,
        recordType: r.recordType,
        inList: (r.details as { view?: unknown } | null)?.view === "list",
        action: r.action,
        consent: r.consentId ? (consentOf.get(r.consentId) ?? { id: r.consentId, purpose: null, validFrom: null, validUntil: null }) : null,
      })),
    };
  },
);
