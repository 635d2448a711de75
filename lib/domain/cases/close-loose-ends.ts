// Closing a case closes its loose ends (issue 8 item 6; helpers, not use cases): what is still
// open on the case, and applying the caseworker's decision on each inside the closing use case's
// transaction. The rules of what may be decided are in lib/cases/loose-ends.ts.
import type { UseCaseContext } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { cancelFollowUp } from "@/lib/domain/followups/cancel-follow-up";
import {
  allowedDecisions,
  decisionFieldName,
  OPEN_REFERRAL_STATUSES,
  OPEN_RTW_STATUSES,
  referralOutcome,
  rtwOutcome,
  type LooseEndDecision,
  type LooseEndKind,
} from "@/lib/cases/loose-ends";
import type { TChangeCaseStatus } from "@/lib/validation/cases";

export type LooseEnd = {
  kind: LooseEndKind;
  id: string;
  version: number;
  status: string;
  /** What the record is: the programme's name (referral), the start day (plan) or the planned time (follow-up). */
  label: string | null;
  /** The day or instant that identifies it to the caseworker (referral submitted, plan start, follow-up planned). */
  at: Date | null;
  allowed: LooseEndDecision[];
};

/** Reason stored on the records closed with the case (shown to the health center on the referral). */
export const CASE_CLOSED_REASON = "Sagen er afsluttet i jobcentret";

/** The loose ends of the case `caseId` (loaded by the caller through its scope), in a stable order. */
export async function openLooseEnds(ctx: UseCaseContext, caseId: string): Promise<LooseEnd[]> {
  const [referrals, plans, followUps] = [
    await ctx.read.referral.findMany({
      where: { caseId, status: { in: [...OPEN_REFERRAL_STATUSES] } },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      select: { id: true, version: true, status: true, submittedAt: true, programme: { select: { name: true } } },
    }),
    await ctx.read.returnToWorkPlan.findMany({
      where: { caseId, status: { in: [...OPEN_RTW_STATUSES] } },
      orderBy: [{ startOn: "asc" }, { id: "asc" }],
      select: { id: true, version: true, status: true, startOn: true },
    }),
    await ctx.read.followUp.findMany({
      where: { caseId, status: "PLANNED", voidedAt: null },
      orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
      select: { id: true, version: true, status: true, scheduledAt: true },
    }),
  ];
  return [
    ...referrals.map((r) => ({
      kind: "referral" as const,
      id: r.id,
      version: r.version,
      status: r.status,
      label: r.programme.name,
      at: r.submittedAt,
      allowed: allowedDecisions("referral", r.status),
    })),
    ...plans.map((p) => ({
      kind: "rtwPlan" as const,
      id: p.id,
      version: p.version,
      status: p.status,
      label: null,
      at: p.startOn,
      allowed: allowedDecisions("rtwPlan", p.status),
    })),
    ...followUps.map((f) => ({
      kind: "followUp" as const,
      id: f.id,
      version: f.version,
      status: f.status,
      label: null,
      at: f.scheduledAt,
      allowed: allowedDecisions("followUp", f.status),
    })),
  ];
}

/**
 * Applies the decisions on every loose end of the closing case, in the caller's transaction.
 * Every loose end needs an allowed decision; each write checks the version the decision was based on.
 * @throws DomainRuleError "cases.errors.looseEndUndecided" (field "decision.<kind>.<id>" of the first
 *   undecided one); ConflictError when a loose end changed since the form was loaded.
 */
export async function closeLooseEnds(
  ctx: UseCaseContext,
  kase: { id: string; citizenId: string },
  decisions: TChangeCaseStatus["decisions"],
  note: string | null,
): Promise<void> {
  const open = await openLooseEnds(ctx, kase.id);
  const chosen = (e: LooseEnd) => decisions.find((d) => d.kind === e.kind && d.id === e.id);
  const undecided = open.find((e) => !e.allowed.includes(chosen(e)?.decision as LooseEndDecision));
  if (undecided) throw new DomainRuleError("cases.errors.looseEndUndecided", decisionFieldName(undecided.kind, undecided.id));
  const reason = note ? `${CASE_CLOSED_REASON}: ${note}` : CASE_CLOSED_REASON;
  for (const e of open) {
    const d = chosen(e)!;
    if (e.kind === "referral") await closeReferral(ctx, kase, e, d.decision, d.version, reason);
    else if (e.kind === "rtwPlan") await endRtwPlan(ctx, kase, e, d.version, reason);
    else await cancelFollowUp.within(ctx, { caseId: kase.id, followUpId: e.id, version: d.version, outcome: "CANCELLED", reason });
  }
}

async function closeReferral(
  ctx: UseCaseContext,
  kase: { id: string; citizenId: string },
  e: LooseEnd,
  decision: LooseEndDecision,
  version: number,
  reason: string,
): Promise<void> {
  const to = referralOutcome(decision);
  const newVersion = await ctx.updateVersioned("referral", e.id, version, {
    status: to,
    [to === "COMPLETED" ? "completedAt" : "returnedAt"]: ctx.now,
    statusReason: reason,
  });
  await ctx.tx.referralEvent.create({
    data: { referralId: e.id, fromStatus: e.status as never, toStatus: to, reason, byId: ctx.actor.userId, at: ctx.now },
    select: { id: true },
  });
  await ctx.audit.updated({
    recordType: "Referral",
    recordId: e.id,
    citizenId: kase.citizenId,
    details: { action: decision, from: e.status, to, caseClosed: true, version: newVersion },
  });
}

async function endRtwPlan(ctx: UseCaseContext, kase: { id: string; citizenId: string }, e: LooseEnd, version: number, reason: string) {
  const to = rtwOutcome(e.status as "DRAFT" | "ACTIVE");
  await ctx.saveChange("returnToWorkPlan", e, {
    version,
    data: { status: to },
    history: { action: "STATUS_CHANGE", changes: { status: { from: e.status, to } }, reason },
    audit: { citizenId: kase.citizenId, details: { status: to, caseClosed: true } },
  });
}
