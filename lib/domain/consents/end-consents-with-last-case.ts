// A consent ends automatically when the citizen's last open case closes (SPEC §3, issue 9,
// docs/decisions/0010). A voided case is not open either (addendum 2026-11-30). Runs inside the
// transaction that closes the case (change-case-status) or voids it (void-case), so the case is
// closed or voided and the consents end together, or neither happens.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { historyValue } from "@/lib/domain/history/diff";
import { lastValidDay } from "@/lib/consents/validity";

export type EndConsentsInput = { citizenId: string; caseId: string };

/**
 * When `citizenId` has no open (not closed, not voided) case left, ends every consent of the
 * citizen that is not revoked and not ended yet — open-ended ones and those with a later last day —
 * at `ctx.now` (a consent that has not started yet ends before it starts). Each end is versioned,
 * written to the history ("END_WITH_CASE", who closed or voided the case) and to the access log.
 * Call it after the case's status or void mark was written, within the closing or voiding use case.
 * @returns how many consents ended (0 while another case of the citizen is still open).
 * @throws NotFoundError when the actor may not change cases.
 */
export const endConsentsWithLastCase = defineUseCase(
  { capability: "case.edit", notFound: "case" },
  async (ctx, input: EndConsentsInput): Promise<{ ended: number }> => {
    await ctx.lock("consent", input.citizenId);
    // The citizen's cases in any jobcenter department count: consent is the citizen's, not the department's.
    const stillOpen = await ctx.tx.sickLeaveCase.count({
      where: { citizenId: input.citizenId, voidedAt: null, status: { not: "CLOSED" } },
    });
    if (stillOpen > 0) return { ended: 0 };
    const running = await ctx.write.consent.findMany({
      where: { citizenId: input.citizenId, revokedAt: null, OR: [{ validUntil: null }, { validUntil: { gt: ctx.now } }] },
      select: { id: true, version: true, validFrom: true, validUntil: true },
    });
    for (const c of running) {
      const end = c.validFrom.getTime() > ctx.now.getTime() ? c.validFrom : ctx.now;
      await ctx.saveChange("consent", c, {
        version: c.version,
        data: { validUntil: end, endedWithCaseId: input.caseId },
        history: {
          action: "END_WITH_CASE",
          changes: {
            validThroughDay: {
              from: c.validUntil ? historyValue(lastValidDay(c.validUntil), "day") : null,
              to: historyValue(lastValidDay(end), "day"),
            },
            endedAt: { from: null, to: historyValue(end, "instant") },
          },
        },
        audit: { citizenId: input.citizenId, details: { endedWithCaseId: input.caseId } },
      });
    }
    return { ended: running.length };
  },
);
