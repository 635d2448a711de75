// Closes an effect study (issue 14, ADR 0016): no case enters after this, the allocation seed is
// revealed (written in clear next to its ciphertext) and every recorded allocation is checked
// against the sequence it generates, so that an auditor can see that nobody chose an arm.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { decryptStudySeed } from "@/lib/crypto/study-seed";
import { verifyAllocations } from "@/lib/studies/allocation";
import type { TCloseStudy } from "@/lib/validation/studies";
import { schemeOf } from "./study-rules";

export type CloseStudyResult = { verified: boolean | null; mismatches: number; duplicates: number; gaps: number };

/**
 * Closes a running study with a reason, on the version the form was loaded with.
 * @returns the auditor's check of the recorded allocations (null for a study without a seed).
 * @throws NotFoundError without "study.close" (managers; ADR 0016 addendum) or for a study outside the organisation;
 *   DomainRuleError "studies.errors.alreadyClosed"; ConflictError on a stale version.
 */
export const closeStudy = defineUseCase(
  { capability: "study.close", notFound: "study" },
  async (ctx, data: TCloseStudy): Promise<CloseStudyResult> => {
    const study = await ctx.write.effectStudy.get({ where: { id: data.studyId } });
    if (study.status === "CLOSED") throw new DomainRuleError("studies.errors.alreadyClosed");
    ctx.expectVersion(study, data.version);
    await ctx.lock("study", study.id);
    const seed = study.seedEncrypted ? decryptStudySeed(study.seedEncrypted) : null;
    let check: CloseStudyResult = { verified: null, mismatches: 0, duplicates: 0, gaps: 0 };
    if (seed) {
      const recorded = await ctx.tx.studyAllocation.findMany({
        where: { studyId: study.id },
        select: { stratum: true, index: true, arm: true },
      });
      const v = verifyAllocations(seed, schemeOf(study), recorded);
      check = { verified: v.ok, mismatches: v.mismatches.length, duplicates: v.duplicates.length, gaps: v.gaps.length };
    }
    await ctx.saveChange("effectStudy", study, {
      version: data.version,
      data: {
        status: "CLOSED",
        closedAt: ctx.now,
        closedById: ctx.actor.userId,
        closeReason: data.reason,
        seedRevealed: seed,
        verifiedAtClose: check.verified,
      },
      history: {
        action: "CLOSE",
        changes: { status: { from: study.status, to: "CLOSED" }, verifiedAtClose: { from: null, to: check.verified } },
        reason: data.reason,
      },
      audit: { citizenId: null, details: { status: "CLOSED", ...check } },
    });
    return check;
  },
);
