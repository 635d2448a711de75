// Steps shared by the workplace-aid use cases (not use cases themselves): the organisation's
// mandate and recording a decision.
import type { UseCaseContext } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";

/** The caseworkers' approval mandate of the actor's organisation, in DKK (Organisation.aidMandateDkk, default 10,000). */
export async function aidMandateDkk(ctx: UseCaseContext): Promise<number> {
  return (await ctx.read.organisation.get({ select: { aidMandateDkk: true } })).aidMandateDkk;
}

/**
 * Records the decision on a REQUESTED aid (by the actor, now, with the actor's role) under
 * optimistic concurrency on the aid's version; history "APPROVE" / "REJECT"; access log UPDATE.
 * @throws DomainRuleError "rtw.errors.aidDecided"; ConflictError when the aid changed since the page was loaded.
 */
export async function recordAidDecision(
  ctx: UseCaseContext,
  aid: { id: string; status: string; version: number; citizenId: string },
  input: { version: number; decision: "APPROVE" | "REJECT"; reason: string | null },
): Promise<void> {
  ctx.expectVersion(aid, input.version);
  if (aid.status !== "REQUESTED") throw new DomainRuleError("rtw.errors.aidDecided");
  const status = input.decision === "APPROVE" ? "APPROVED" : "REJECTED";
  await ctx.saveChange("workplaceAid", aid, {
    version: input.version,
    data: { status, decidedById: ctx.actor.userId, decidedRole: ctx.actor.role, decidedAt: ctx.now, decisionNote: input.reason },
    history: { action: input.decision, changes: { status: { from: "REQUESTED", to: status } }, reason: input.reason },
    audit: { citizenId: aid.citizenId, details: { decision: input.decision } },
  });
}
