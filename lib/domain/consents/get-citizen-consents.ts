// The consent page and panel (issue 9): which directions are in force now and until when, every
// consent of the citizen with who recorded or revoked it, and the consents' history. Staff of either
// department read it for a citizen in their scope; the read is logged (a consent is the citizen's,
// not a department's record, so it is never a cross-department read).
import { can, readerDirectionOf } from "@/lib/auth/policy";
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { HistoryEntry } from "@/lib/domain/history/types";
import { historyEntry, historyEntrySelect } from "@/lib/domain/history/history-entry";
import { consentState, directionsOf, summariseDirections, type ConsentDirection } from "@/lib/consents/validity";
import { staffNames } from "@/lib/domain/users/staff-names";

/**
 * Everything about a citizen's consents for `citizenId`: the citizen's name, per-direction summary
 * at `ctx.now`, the consents (newest first) with their state, and their history (newest first).
 * `readerDirection` is the direction that lets the actor see the other department's records;
 * `hasOpenCase` decides whether "until the case ends" is possible when recording.
 * @throws NotFoundError when the citizen is missing or outside the actor's scope (e.g. a manager).
 */
export const getCitizenConsents = defineUseCase({}, async (ctx, citizenId: string) => {
  const citizen = await ctx.read.citizen.get({ where: { id: citizenId }, select: { id: true, firstName: true, lastName: true } });
  const rows = await ctx.read.consent.findMany({
    where: { citizenId: citizen.id },
    orderBy: [{ createdAt: "desc" }],
    select: {
      id: true,
      version: true,
      healthToJobcenter: true,
      jobcenterToHealth: true,
      shareWithEmployer: true,
      employerDetails: true,
      purpose: true,
      method: true,
      recordedById: true,
      validFrom: true,
      validUntil: true,
      revokedAt: true,
      revokedById: true,
      revokeReason: true,
      endedWithCaseId: true,
      createdAt: true,
    },
  });
  // Only the existence of an open case is read (it may be outside a health-center reader's scope).
  const openCases = await ctx.tx.sickLeaveCase.count({ where: { citizenId: citizen.id, voidedAt: null, status: { not: "CLOSED" } } });
  const versions = rows.length
    ? await ctx.read.recordVersion.findMany({
        where: { recordType: "Consent", recordId: { in: rows.map((r) => r.id) } },
        orderBy: [{ changedAt: "desc" }, { version: "desc" }],
        select: historyEntrySelect,
      })
    : [];
  const names = await staffNames(ctx, [...rows.flatMap((r) => [r.recordedById, r.revokedById]), ...versions.map((v) => v.changedById)]);
  const name = (id: string | null) => (id ? (names.get(id) ?? "—") : null);
  await (rows.length
    ? ctx.audit.viewed(rows.map((r) => ({ recordType: "Consent", recordId: r.id, citizenId: citizen.id })))
    : ctx.audit.viewed({ recordType: "ConsentList", citizenId: citizen.id, details: { count: 0 } }));
  const history: HistoryEntry[] = versions.map((v) => historyEntry(v, names));
  return {
    citizen: { id: citizen.id, name: `${citizen.firstName} ${citizen.lastName}` },
    hasOpenCase: openCases > 0,
    canRecord: can(ctx.actor, "consent.record"),
    readerDirection: readerDirectionOf(ctx.actor) as ConsentDirection | null,
    summary: summariseDirections(rows, ctx.now),
    consents: rows.map((r) => ({
      id: r.id,
      version: r.version,
      directions: directionsOf(r),
      employerDetails: r.employerDetails,
      purpose: r.purpose,
      method: r.method,
      validFrom: r.validFrom,
      validUntil: r.validUntil,
      revokedAt: r.revokedAt,
      revokeReason: r.revokeReason,
      endedWithCase: r.endedWithCaseId !== null,
      state: consentState(r, ctx.now),
      recordedByName: name(r.recordedById) ?? "—",
      revokedByName: name(r.revokedById),
      createdAt: r.createdAt,
    })),
    history,
    now: ctx.now,
  };
});

export type CitizenConsents = Awaited<ReturnType<typeof getCitizenConsents>>;
