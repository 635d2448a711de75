// Demo meetings (issue 12): a weekly joint case conference held this week (yesterday, minutes
// open) with two named citizens the health center trains (both have consent in both directions),
// an anonymised item and action items — one for the demo therapist, in *My tasks* — plus the next
// four weekly conferences as a series, a leadership meeting, a monthly board meeting, and a
// caseworker's flag asking for a case to be discussed. Runs after the rehab step.
import { randomUUID } from "node:crypto";
import { addDanishWeeks, addDays, danishLocalToInstant, isoDay } from "@/lib/time";
import type { SeedContext } from "./base";

export async function seedMeetings(ctx: SeedContext): Promise<void> {
  const { db, today, organisationId } = ctx;
  const coordinatorId = ctx.users["tovholder@samspil.test"]!;
  const caseworkerId = ctx.users["sagsbehandler@samspil.test"]!;
  const therapistId = ctx.users["terapeut@samspil.test"]!;
  const at = (day: Date, time: string) => danishLocalToInstant(`${isoDay(day)}T${time}`);
  const base = { organisationId, coordinatorId, createdById: coordinatorId, place: "Jobcentret, mødelokale 2", durationMinutes: 90 };
  const participants = { create: [caseworkerId, therapistId].map((userId) => ({ userId })) };

  const held = await db.meeting.create({
    data: {
      ...base,
      kind: "WEEKLY_CASE_CONFERENCE",
      title: "Fælles sagskonference",
      startsAt: at(addDays(today, -1), "09:00"),
      participants,
    },
    select: { id: true },
  });
  const plans = await db.rehabPlan.findMany({
    where: {
      organisationId,
      therapistId,
      voidedAt: null,
      citizen: {
        AND: [
          { consents: { some: { healthToJobcenter: true, revokedAt: null } } },
          { consents: { some: { jobcenterToHealth: true, revokedAt: null } } },
        ],
      },
    },
    orderBy: { startOn: "asc" },
    take: 2,
    select: { citizenId: true },
  });
  const items = [
    ...plans.map((p, i) => ({
      citizenId: p.citizenId,
      source: i === 0 ? "REHAB_STALLED" : "DEADLINE",
      question:
        i === 0
          ? "Genoptræningen står stille: skal planen justeres før næste opfølgning?"
          : "Opfølgningsfristen nærmer sig: er delvis raskmelding realistisk?",
      decision: i === 0 ? "Terapeuten reviderer træningsplanen; sagsbehandleren inddrager arbejdsgiveren." : null,
    })),
    {
      citizenId: null,
      source: "MANUAL",
      question: "Borger med lang ventetid på rygforløb: kan vi tilbyde et individuelt forløb imens?",
      decision: null,
    },
  ];
  for (const [position, it] of items.entries()) {
    const item = await db.meetingAgendaItem.create({
      data: {
        meetingId: held.id,
        citizenId: it.citizenId,
        position,
        source: it.source,
        question: it.question,
        decision: it.decision,
        addedById: coordinatorId,
      },
      select: { id: true },
    });
    if (position === 0) {
      const task = { organisationId, agendaItemId: item.id, citizenId: it.citizenId, createdById: coordinatorId };
      await db.meetingTask.createMany({
        data: [
          {
            ...task,
            party: "STAFF",
            assigneeId: therapistId,
            description: "Revidér træningsplanen med fokus på løft",
            dueOn: addDays(today, 5),
          },
          {
            ...task,
            party: "EMPLOYER",
            assigneeText: "Arbejdsgiverens kontaktperson",
            description: "Afklar mulighed for skånejob",
            dueOn: addDays(today, 10),
          },
        ],
      });
    }
  }

  // The next four conferences, created as one weekly series.
  const seriesId = randomUUID();
  const first = at(addDays(today, 6), "09:00");
  for (let w = 0; w < 4; w++)
    await db.meeting.create({
      data: {
        ...base,
        kind: "WEEKLY_CASE_CONFERENCE",
        title: "Fælles sagskonference",
        startsAt: addDanishWeeks(first, w),
        seriesId,
        participants,
      },
    });
  await db.meeting.create({
    data: {
      ...base,
      kind: "LEADERSHIP",
      title: "Ledermøde jobcenter og sundhedscenter",
      startsAt: at(addDays(today, 9), "13:00"),
      place: null,
      videoLink: "https://video.samspil.test/ledermoede",
    },
  });
  await db.meeting.create({
    data: { ...base, kind: "BOARD_MONTHLY", title: "Bestyrelsesmøde", startsAt: at(addDays(today, 14), "15:00") },
  });

  const flagged = await db.sickLeaveCase.findFirst({
    where: { organisationId, caseworkerId, status: "ACTIVE", voidedAt: null },
    orderBy: { firstAbsenceDay: "asc" },
    select: { id: true, citizenId: true },
  });
  if (flagged)
    await db.conferenceFlag.create({
      data: {
        organisationId,
        citizenId: flagged.citizenId,
        caseId: flagged.id,
        question: "Lang sygemelding uden fremdrift: skal vi tilbyde mentorstøtte?",
        flaggedById: caseworkerId,
      },
    });
}
