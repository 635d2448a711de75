// Adds an item to a meeting's agenda (issue 12, ADR 0017). An item that names a citizen needs a
// joint meeting (weekly case conference or roundtable) and the citizen's consent in both
// directions; from then until the minutes are closed the coordinator reads both departments'
// records of the citizen (lib/auth/policy/coordinator.ts). Otherwise only an anonymised item: no
// name, no CPR, only the question.
import { consentsCoverBothDirections, meetingKindNamesCitizens } from "@/lib/auth/policy";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { CPR_IN_ANONYMISED, type TAddAgendaItem } from "@/lib/validation/meetings";
import { containsCprLike } from "@/lib/validation/cpr";

/**
 * Adds the item at the end of the agenda of the actor's own meeting, taking up a conference flag
 * when `flagId` is given (the flag's citizen is named only if `citizenId` is that citizen).
 * @returns the new item's id.
 * @throws NotFoundError when the meeting (or flag) is not found in reach.
 * @throws DomainRuleError "meetings.errors.minutesClosed" | "meetings.errors.noPersonsOnThisKind" |
 *   "meetings.errors.needsBothConsents" | "meetings.errors.alreadyOnAgenda" | "meetings.errors.flagTaken" |
 *   "meetings.errors.cprInAnonymised" (an anonymised item's question that reads as holding a CPR number).
 */
export const addAgendaItem = defineUseCase(
  { capability: "meeting.run", notFound: "meeting" },
  async (ctx, data: TAddAgendaItem): Promise<string> => {
    await ctx.lock("meeting", data.meetingId);
    const meeting = await ctx.write.meeting.get({
      where: { id: data.meetingId },
      select: {
        id: true,
        kind: true,
        minutesClosedAt: true,
        agendaItems: { where: { removedAt: null }, select: { citizenId: true, position: true, source: true, question: true } },
      },
    });
    if (meeting.minutesClosedAt) throw new DomainRuleError("meetings.errors.minutesClosed");
    // Also a flag's question taken up anonymised (flags from before the flag form refused one).
    if (!data.citizenId && containsCprLike(data.question)) throw new DomainRuleError(CPR_IN_ANONYMISED, "question");
    const sys = ctx.system("meeting.run");
    if (data.citizenId) {
      if (!meetingKindNamesCitizens(meeting.kind)) throw new DomainRuleError("meetings.errors.noPersonsOnThisKind", "citizenId");
      const citizen = await sys.read.citizen.get({
        where: { id: data.citizenId, voidedAt: null },
        select: {
          consents: { select: { healthToJobcenter: true, jobcenterToHealth: true, revokedAt: true, validFrom: true, validUntil: true } },
        },
      });
      if (!consentsCoverBothDirections(citizen.consents, ctx.now))
        throw new DomainRuleError("meetings.errors.needsBothConsents", "citizenId");
      if (meeting.agendaItems.some((i) => i.citizenId === data.citizenId))
        throw new DomainRuleError("meetings.errors.alreadyOnAgenda", "citizenId");
    }
    // An anonymised suggestion has no citizen to compare: the same rule with the same reason is the same item.
    if (
      !data.citizenId &&
      data.source !== "MANUAL" &&
      meeting.agendaItems.some((i) => i.citizenId === null && i.source === data.source && i.question === data.question)
    )
      throw new DomainRuleError("meetings.errors.alreadyOnAgenda");
    let flagCitizenId: string | null = null;
    if (data.flagId) {
      const flag = await sys.read.conferenceFlag.get({ where: { id: data.flagId }, select: { citizenId: true, agendaItemId: true } });
      if (flag.agendaItemId) throw new DomainRuleError("meetings.errors.flagTaken");
      flagCitizenId = flag.citizenId;
      if (data.citizenId && data.citizenId !== flag.citizenId) throw new DomainRuleError("errors.invalidChoice", "citizenId");
    }
    const position = meeting.agendaItems.reduce((max, i) => Math.max(max, i.position + 1), 0);
    const item = await ctx.tx.meetingAgendaItem.create({
      data: {
        meetingId: meeting.id,
        citizenId: data.citizenId,
        position,
        question: data.question,
        source: data.source,
        addedById: ctx.actor.userId,
      },
      select: { id: true },
    });
    if (data.flagId) await ctx.tx.conferenceFlag.update({ where: { id: data.flagId }, data: { agendaItemId: item.id } });
    await ctx.audit.created({
      recordType: "MeetingAgendaItem",
      recordId: item.id,
      citizenId: data.citizenId,
      details: { meetingId: meeting.id, source: data.source, named: !!data.citizenId, fromFlag: !!flagCitizenId },
    });
    return item.id;
  },
);
