// Records a follow-up conversation as held: a new one, or a planned one (with its version).
// The case's next deadline is recomputed in the same transaction and returned, so the page can
// show the new due date at once.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { danishDayOf } from "@/lib/time";
import { recordVisitation } from "@/lib/domain/cases/record-visitation";
import { DomainRuleError } from "@/lib/domain/errors";
import { diffValues } from "@/lib/domain/history/diff";
import type { TRecordHeldFollowUp } from "@/lib/validation/followups";
import { enrolCaseInStudies, type Enrolment } from "@/lib/domain/studies/enrol-case-in-studies";
import { assertHeldAtPlausible, followUpDueOn, followUpHistoryValues, followUpSelect } from "./follow-up-rules";

export type RecordHeldResult = { id: string; nextDeadlineOn: Date | null; nextDeadlineKind: string | null; enrolments: Enrolment[] };

/**
 * Records a held follow-up conversation (sygedagpengeloven § 13; SPEC journey 1).
 * Input: the case, optionally the planned follow-up and the version it was loaded with, when it
 * was held (an instant), mode, participants, summary and agreements, and optionally the visitation
 * category set at the conversation (recorded as a visitation on its Danish day, record-visitation.ts).
 * The first held conversation of a case enters it into running effect studies (issue 14, enrolCaseInStudies).
 * @returns the follow-up id, the case's next deadline after the recompute and any new study allocations.
 * @throws NotFoundError when the case or follow-up is missing or outside the caseworker's scope.
 * @throws DomainRuleError "followups.errors.notPlanned" | "followups.errors.heldInFuture" |
 *   "followups.errors.beforeAbsence" | "followups.errors.caseClosed"; ConflictError on a stale version.
 */
export const recordHeldFollowUp = defineUseCase(
  { capability: "followup.record", notFound: "case" },
  async (ctx, data: TRecordHeldFollowUp): Promise<RecordHeldResult> => {
    const c = await ctx.write.sickLeaveCase.get({
      where: { id: data.caseId },
      select: {
        id: true,
        citizenId: true,
        status: true,
        firstAbsenceDay: true,
        closedOn: true,
        nextDeadlineOn: true,
        nextDeadlineKind: true,
        version: true,
      },
    });
    const held = {
      heldAt: data.heldAt,
      mode: data.mode,
      participants: data.participants,
      summary: data.summary,
      agreements: data.agreements,
    };
    assertHeldAtPlausible(data.heldAt, c, ctx.now);
    let id: string;
    if (data.followUpId) {
      const f = await ctx.write.followUp.get({ where: { id: data.followUpId, caseId: c.id, voidedAt: null }, select: followUpSelect });
      if (f.status !== "PLANNED") throw new DomainRuleError("followups.errors.notPlanned");
      const version = await ctx.updateVersioned("followUp", f.id, data.version!, {
        ...held,
        status: "HELD",
        dueOn: f.dueOn ?? followUpDueOn(c),
      });
      const changes = diffValues(
        { status: f.status, ...followUpHistoryValues(f) },
        { status: "HELD", ...followUpHistoryValues({ ...held, scheduledAt: f.scheduledAt }) },
      );
      await ctx.history.record({ recordType: "FollowUp", recordId: f.id, version, action: "HELD", changes });
      id = f.id;
    } else {
      const f = await ctx.tx.followUp.create({
        data: { caseId: c.id, ...held, status: "HELD", dueOn: followUpDueOn(c), createdById: ctx.actor.userId },
        select: { id: true },
      });
      await ctx.history.created("FollowUp", f.id, { status: "HELD", ...followUpHistoryValues({ ...held, scheduledAt: null }) });
      id = f.id;
    }
    // The (re)visitation made at the conversation (§ 12), on its Danish day, with the case's history.
    if (data.category)
      await recordVisitation.within(ctx, {
        caseId: c.id,
        version: c.version,
        category: data.category,
        visitedOn: danishDayOf(data.heldAt),
        note: null,
        followUpId: id,
      });
    ctx.caseChanged(c.id);
    await ctx.settleCaseChanges();
    const after = await ctx.read.sickLeaveCase.get({ where: { id: c.id }, select: { nextDeadlineOn: true, nextDeadlineKind: true } });
    const audit = { recordType: "FollowUp", recordId: id, citizenId: c.citizenId, details: { caseId: c.id, status: "HELD" } };
    await (data.followUpId ? ctx.audit.updated(audit) : ctx.audit.created(audit));
    const enrolments = await enrolCaseInStudies.within(ctx, { caseId: c.id, followUpId: id, heldAt: data.heldAt });
    return { id, ...after, enrolments };
  },
);
