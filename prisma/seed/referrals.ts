// Demo programme catalogue of the health center (after KL 2011 boxes 14–16 and Rambøll 2009 §4.5:
// back school, graded exercise, shoulder exercise, stress management/mindfulness, patient
// education, a job-focused group) and referrals for about 25 demo cases in every state, with
// their ReferralEvent history. Runs before the deadlines step, which then counts STARTED
// referrals as "in an active programme".
import type { Prisma, ProgrammeFormat, ReferralStatus } from "@/lib/db/generated/client";
import { evaluateEligibility, snapshotAnswers, type Answer } from "@/lib/referrals/eligibility";
import { defaultConditionTags } from "@/lib/referrals/match-therapists";
import { STATUS_TIMESTAMP, TIMESTAMP_FIELDS } from "@/lib/referrals/transitions";
import { addDays } from "@/lib/rules/dates";
import { startOfDanishDay, todayInDenmark } from "@/lib/time";
import { caseStorySelect, type SeedContext } from "./base";

type ProgrammeSeed = {
  key: string;
  name: string;
  description: string;
  targetGroup: string;
  format: ProgrammeFormat;
  rollingAdmission: boolean;
  weeks: number;
  hoursPerWeek: number;
  capacity: number;
  priceDkk: number;
  conditionTags: string[];
  active?: boolean;
  criteria: [text: string, required: boolean][];
};

const PROGRAMMES: ProgrammeSeed[] = [
  {
    key: "backSchool",
    name: "Rygskole",
    description:
      "Struktureret undervisnings- og træningsforløb for borgere med lænderygsmerter: viden om ryggen, betydningen af at holde sig aktiv, mestringsstrategier og øvelser, med fokus på arbejdssituationen.",
    targetGroup: "Sygemeldte med uspecifikke lænderygsmerter, som kan deltage i holdtræning.",
    format: "GROUP",
    rollingAdmission: true,
    weeks: 8,
    hoursPerWeek: 3,
    capacity: 12,
    priceDkk: 7800,
    conditionTags: ["back", "pain"],
    criteria: [
      ["Borgeren er sygemeldt helt eller delvist på grund af lænderygsmerter", true],
      ["Egen læge har udelukket alvorlig årsag til smerterne (røde flag)", true],
      ["Borgeren kan deltage i holdtræning to gange om ugen", true],
      ["Borgeren er motiveret for at vende tilbage til arbejdet", false],
      ["Smerterne har varet mindre end 12 uger", false],
    ],
  },
  {
    key: "gradedExercise",
    name: "Gradueret træning ved lænderygsmerter",
    description:
      "Individuelt tilrettelagt øvelsesprogram med gradvist øget aktivitet ud fra borgerens funktionsniveau, med stræk- og styrkeøvelser og et hjemmeprogram på højst fem øvelser.",
    targetGroup: "Sygemeldte med uspecifikke lænderygsmerter, som har brug for individuel træning.",
    format: "INDIVIDUAL",
    rollingAdmission: true,
    weeks: 10,
    hoursPerWeek: 2,
    capacity: 3,
    priceDkk: 9500,
    conditionTags: ["back", "pain"],
    criteria: [
      ["Borgeren har uspecifikke lænderygsmerter", true],
      ["Borgeren er ikke under udredning til operation", true],
      ["Borgeren kan møde i sundhedscentret to gange om ugen", true],
      ["Arbejdsgiveren er orienteret om forløbet", false],
    ],
  },
  {
    key: "shoulder",
    name: "Skulderforløb",
    description:
      "Superviseret træningsforløb for borgere med skuldersmerter, der forbedrer funktion og arbejdsevne, med øvelser der kan overføres til arbejdssituationen.",
    targetGroup: "Sygemeldte med skulder- eller nakke-skuldersmerter.",
    format: "GROUP",
    rollingAdmission: true,
    weeks: 8,
    hoursPerWeek: 2,
    capacity: 10,
    priceDkk: 6400,
    conditionTags: ["shoulder", "neck"],
    criteria: [
      ["Borgeren har haft skuldersmerter i mere end fire uger", true],
      ["Borgeren er ikke opereret i skulderen inden for de seneste tre måneder", true],
      ["Arbejdet indebærer arbejde med armene over skulderhøjde", false],
    ],
  },
  {
    key: "stress",
    name: "Stresshåndtering og mindfulness",
    description:
      "Gruppeforløb med undervisning i stresshåndtering, afspændings- og mindfulnessøvelser og fysisk aktivitet, med fokus på overskud i hverdagen og vejen tilbage til arbejdet.",
    targetGroup: "Sygemeldte med stress, belastningsreaktion eller lettere angst og depression.",
    format: "GROUP",
    rollingAdmission: false,
    weeks: 8,
    hoursPerWeek: 2.5,
    capacity: 14,
    priceDkk: 5900,
    conditionTags: ["stress", "anxiety", "depression"],
    criteria: [
      ["Borgeren er sygemeldt med stress eller belastningsreaktion", true],
      ["Borgeren er ikke i behandling for svær depression eller psykose", true],
      ["Borgeren kan deltage i otte ugentlige gruppemøder", true],
      ["Borgeren har lyst til at dele erfaringer i en gruppe", false],
    ],
  },
  {
    key: "education",
    name: "Patientuddannelse om ryg og nakke",
    description:
      "Individuel undervisning (mindst to timer) om ryg- og nakkesmerter, betydningen af at holde sig aktiv og mestringsstrategier i hverdag og arbejde.",
    targetGroup: "Sygemeldte med ryg- eller nakkesmerter, som supplement til almindelig behandling.",
    format: "INDIVIDUAL",
    rollingAdmission: true,
    weeks: 2,
    hoursPerWeek: 1.5,
    capacity: 20,
    priceDkk: 2400,
    conditionTags: ["back", "neck", "pain"],
    criteria: [
      ["Borgeren har ryg- eller nakkesmerter", true],
      ["Borgeren forstår dansk eller har adgang til tolk", false],
    ],
  },
  {
    key: "jobHealth",
    name: "Job og helbred",
    description:
      "Jobrettet holdforløb i moduler, der kombinerer træning, smertehåndtering og samtaler om arbejdsfastholdelse, delvis raskmelding og kontakt til arbejdspladsen.",
    targetGroup: "Sygemeldte med muskel-skeletbesvær, stress eller diffuse lidelser, som har en arbejdsgiver eller et konkret jobmål.",
    format: "GROUP",
    rollingAdmission: true,
    weeks: 12,
    hoursPerWeek: 6,
    capacity: 16,
    priceDkk: 12500,
    conditionTags: ["back", "neck", "shoulder", "stress", "pain", "fitness"],
    criteria: [
      ["Borgeren har en arbejdsgiver eller et konkret jobmål", true],
      ["Borgeren kan deltage op til seks timer om ugen (evt. gradvist optrappet)", true],
      ["Borgeren har været sygemeldt i mindst fire uger", false],
    ],
  },
  {
    key: "pool",
    name: "Vandtræning",
    description: "Træning i varmtvandsbassin for borgere med smerter i flere led. Tilbuddet er sat på pause, mens bassinet renoveres.",
    targetGroup: "Sygemeldte med smerter i flere led eller fibromyalgi.",
    format: "GROUP",
    rollingAdmission: false,
    weeks: 10,
    hoursPerWeek: 2,
    capacity: 8,
    priceDkk: 5200,
    conditionTags: ["pain", "hip", "knee"],
    active: false,
    criteria: [["Borgeren har smerter i flere led", true]],
  },
];

/** The states a demo referral passes through after SUBMITTED; the last one is its status. */
type Path = { steps: ReferralStatus[]; reason?: string };

// The referrals to create, in order; each takes the next suitable case.
const OPEN_PLAN: Path[] = [
  { steps: [] },
  { steps: [] },
  { steps: [] },
  { steps: [] },
  { steps: [] },
  { steps: ["ACCEPTED"] },
  { steps: ["ACCEPTED"] },
  { steps: ["ACCEPTED"] },
  { steps: ["WAITLISTED"] },
  { steps: ["WAITLISTED"] },
  { steps: ["ACCEPTED", "WAITLISTED"] },
  { steps: ["WAITLISTED"] },
  { steps: ["ACCEPTED", "STARTED"] },
  { steps: ["ACCEPTED", "STARTED"] },
  { steps: ["WAITLISTED", "STARTED"] },
  { steps: ["ACCEPTED", "STARTED"] },
  { steps: ["ACCEPTED", "STARTED"] },
  { steps: ["ACCEPTED", "STARTED"] },
  { steps: ["ACCEPTED", "STARTED"] },
  {
    steps: ["ACCEPTED", "RETURNED"],
    reason:
      "Borgeren er kommet i behandling i psykiatrien og kan ikke deltage nu. Jobcentret kontaktes igen, når behandlingen er afsluttet.",
  },
  {
    steps: ["REJECTED"],
    reason: "Borgeren er under udredning til operation og opfylder derfor ikke kriterierne. Genhenvis efter afklaring hos ortopædkirurg.",
  },
];
const CLOSED_PLAN: Path[] = [
  { steps: ["ACCEPTED", "STARTED", "COMPLETED"] },
  { steps: ["WAITLISTED", "STARTED", "COMPLETED"] },
  { steps: ["ACCEPTED", "STARTED", "COMPLETED"] },
  { steps: ["ACCEPTED", "STARTED", "DROPPED"], reason: "Borgeren udeblev tre gange i træk og ønskede ikke at fortsætte." },
  {
    steps: ["ACCEPTED", "STARTED", "RETURNED"],
    reason: "Smerterne er forværret under forløbet; borgeren henvises til egen læge før videre træning.",
  },
  { steps: ["REJECTED"], reason: "Tilbuddet er ikke relevant: borgeren er raskmeldt på fuld tid fra næste uge." },
];

/** A programme that fits the case's diagnosis; `n` spreads similar cases over the fitting programmes. */
function programmeFor(group: string, detail: string | null, n: (family: string) => number): string {
  const d = (detail ?? "").toLowerCase();
  if (group === "MENTAL") return n("mental") % 4 === 3 ? "jobHealth" : "stress";
  if (d.includes("skulder")) return "shoulder";
  if (d.includes("nakke")) return n("neck") % 2 ? "education" : "shoulder";
  if (d.includes("lænd") || d.includes("diskus")) return ["backSchool", "gradedExercise", "backSchool", "education"][n("back") % 4]!;
  // Knee: job and health (musculoskeletal; the pool for knees is paused); other illnesses: job and
  // health, never back school (issue 8 item 16).
  if (d.includes("knæ")) return "jobHealth";
  if (group === "MUSCULOSKELETAL") return n("msk") % 2 ? "jobHealth" : "backSchool";
  return "jobHealth";
}

/**
 * The latest instant a seeded event may have on the seed's `today` (a Danish day): a minute ago when it is the
 * real today, else the last minute of that Danish day, so that a pinned SAMSPIL_TODAY keeps its own spread of
 * times (review8 item 6).
 */
function seedNow(today: Date): number {
  return todayInDenmark().getTime() === today.getTime() ? Date.now() - 60_000 : startOfDanishDay(addDays(today, 1)).getTime() - 60_000;
}

/** `hour` o'clock (UTC) on `day`, but never later than `now`: a referral of today is not dated this afternoon (walk7 item 7). */
const at = (now: number, day: Date, hour: number) => new Date(Math.min(day.getTime() + hour * 3_600_000, now));

export async function seedProgrammes(ctx: SeedContext): Promise<void> {
  const { db, r, today } = ctx;
  const now = seedNow(today);
  const visitatorId = ctx.users["visitator@samspil.test"]!;
  const therapistId = ctx.users["terapeut@samspil.test"]!;
  const therapist2Id = ctx.users["terapeut2@samspil.test"]!;

  const programmes = new Map<
    string,
    { id: string; seed: ProgrammeSeed; criteria: { id: string; text: string; required: boolean; position: number }[] }
  >();
  for (const p of PROGRAMMES) {
    const { key, criteria, ...fields } = p;
    const created = await db.programme.create({
      data: {
        ...fields,
        active: p.active ?? true,
        organisationId: ctx.organisationId,
        departmentId: ctx.healthCenterId,
        priceDkk: key === "backSchool" ? 7500 : p.priceDkk,
        criteria: { create: criteria.map(([text, required], position) => ({ text, required, position })) },
      },
      select: { id: true, criteria: { orderBy: { position: "asc" }, select: { id: true, text: true, required: true, position: true } } },
    });
    programmes.set(key, { id: created.id, seed: p, criteria: created.criteria });
    await db.recordVersion.create({
      data: {
        organisationId: ctx.organisationId,
        recordType: "Programme",
        recordId: created.id,
        version: 1,
        action: "CREATE",
        changedById: visitatorId,
        changedAt: addDays(today, -200),
        changes: {
          name: { from: null, to: p.name },
          capacity: { from: null, to: p.capacity },
          priceDkk: { from: null, to: key === "backSchool" ? 7500 : p.priceDkk },
        },
      },
    });
  }
  // A correction with history: the back school's price after the new 2026 rate.
  const back = programmes.get("backSchool")!;
  await db.programme.update({ where: { id: back.id }, data: { priceDkk: 7800, version: 2 } });
  await db.recordVersion.create({
    data: {
      organisationId: ctx.organisationId,
      recordType: "Programme",
      recordId: back.id,
      version: 2,
      action: "CORRECT",
      changedById: visitatorId,
      changedAt: addDays(today, -40),
      reason: "Ny takst i aftalen med jobcentret for 2026",
      changes: { priceDkk: { from: 7500, to: 7800 } },
    },
  });

  const cases = await db.sickLeaveCase.findMany({
    where: { id: { in: ctx.caseIds } },
    select: {
      ...caseStorySelect,
      citizenId: true,
      diagnosisDetail: true,
      citizen: { select: { occupation: true } },
    },
  });
  const order = new Map(ctx.caseIds.map((id, i) => [id, i]));
  cases.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const open = cases.filter((c) => c.status !== "CLOSED" && c.firstAbsenceDay.getTime() <= addDays(today, -21).getTime());
  const closed = cases.filter(
    (c) => c.status === "CLOSED" && c.closedOn && c.closedOn.getTime() - c.firstAbsenceDay.getTime() > 130 * 86_400_000,
  );
  const started = new Map<string, number>();
  const families = new Map<string, number>();

  const plan: { c: (typeof cases)[number]; path: Path }[] = [
    ...OPEN_PLAN.slice(0, open.length).map((path, i) => ({ c: open[i]!, path })),
    ...CLOSED_PLAN.slice(0, closed.length).map((path, i) => ({ c: closed[i]!, path })),
  ];

  for (const [i, { c, path }] of plan.entries()) {
    let key = programmeFor(c.diagnosisGroup, c.diagnosisDetail, (family) => {
      const k = (families.get(family) ?? 0) + 1;
      families.set(family, k);
      return k - 1;
    });
    // Keep the demo's capacity consistent: never more STARTED than places.
    const p0 = programmes.get(key)!;
    if (path.steps.at(-1) === "STARTED" && (started.get(key) ?? 0) >= p0.seed.capacity) key = "jobHealth";
    const p = programmes.get(key)!;
    const occupation = c.citizen.occupation ? c.citizen.occupation.toLowerCase() : null;

    // The referral's own dates: within the case's period, in the past.
    const end = c.status === "CLOSED" && c.closedOn ? c.closedOn : today;
    const span = Math.max(10, Math.floor((end.getTime() - c.firstAbsenceDay.getTime()) / 86_400_000));
    const submittedDay =
      path.steps.length === 0 ? addDays(today, -r.int(0, 6)) : addDays(c.firstAbsenceDay, Math.min(span - 8, r.int(14, 35)));
    const submittedAt = at(now, submittedDay, r.int(8, 14));
    const step = (days: number) => at(now, addDays(submittedDay, days), r.int(9, 15));

    const answers: Record<string, Answer> = {};
    for (const cr of p.criteria) answers[cr.id] = cr.required ? "YES" : r.pick(["YES", "YES", "NO", "UNKNOWN"] as const);
    let override: string | null = null;
    if (i === 2 && p.criteria.some((x) => x.required)) {
      const req = p.criteria.filter((x) => x.required).at(-1)!;
      answers[req.id] = "NO";
      override = "Borgeren kan kun deltage én gang om ugen de første to uger pga. delvis raskmelding, men lægen anbefaler forløbet.";
    }
    if (i === 4 && p.criteria.some((x) => x.required)) answers[p.criteria.find((x) => x.required)!.id] = "UNKNOWN";
    if (!evaluateEligibility(p.criteria, answers, override).canSubmit) throw new Error("seed referral would not pass its own checklist");

    const reason =
      c.diagnosisGroup === "MENTAL"
        ? `Sygemeldt (${(c.diagnosisDetail ?? "stress").toLowerCase()}). Borgeren ønsker redskaber til at håndtere hverdagen og vende gradvist tilbage${occupation ? ` som ${occupation}` : ""}.`
        : `Sygemeldt (${(c.diagnosisDetail ?? "smerter").toLowerCase()}).${occupation ? ` Arbejder som ${occupation}.` : ""} Aktiv træning med fokus på arbejdsfunktioner skal understøtte en gradvis tilbagevenden.`;

    const status: ReferralStatus = path.steps.at(-1) ?? "SUBMITTED";
    const therapist = c.diagnosisGroup === "MENTAL" ? therapist2Id : therapistId;
    const events: Prisma.ReferralEventCreateWithoutReferralInput[] = [
      { fromStatus: null, toStatus: "SUBMITTED", byId: c.caseworkerId, at: submittedAt },
    ];
    const data: Prisma.ReferralUncheckedCreateInput = {
      organisationId: ctx.organisationId,
      caseId: c.id,
      citizenId: c.citizenId,
      programmeId: p.id,
      referredById: c.caseworkerId,
      reason,
      answers: snapshotAnswers(p.criteria, answers) as Prisma.InputJsonValue,
      overrideJustification: override,
      conditionTags: defaultConditionTags(p.seed.conditionTags, c.diagnosisDetail),
      status,
      submittedAt,
      statusReason: path.reason ?? null,
      assignedTherapistId: ["SUBMITTED", "REJECTED", "WAITLISTED"].includes(status) ? null : therapist,
    };
    let from: ReferralStatus = "SUBMITTED";
    let day = 0;
    for (const to of path.steps) {
      // Triage by the visitator within days; a course runs its weeks; endings by the therapist.
      day +=
        to === "COMPLETED"
          ? p.seed.weeks * 7
          : to === "STARTED"
            ? r.int(3, 10)
            : to === "ACCEPTED" || to === "WAITLISTED" || to === "REJECTED"
              ? r.int(1, 4)
              : r.int(10, 20);
      const when = step(day);
      const by =
        to === "ACCEPTED" || to === "WAITLISTED" || to === "REJECTED" || (to === "RETURNED" && from !== "STARTED")
          ? visitatorId
          : therapist;
      events.push({ fromStatus: from, toStatus: to, byId: by, at: when, reason: to === status ? (path.reason ?? null) : null });
      data[STATUS_TIMESTAMP[to as Exclude<ReferralStatus, "SUBMITTED">]] = when;
      from = to;
    }
    if (status === "STARTED") started.set(key, (started.get(key) ?? 0) + 1);

    // Nothing in the demo may lie in the future, nor after the case was closed.
    const lastAt = events.at(-1)!.at as Date;
    const limit = c.status === "CLOSED" && c.closedOn ? at(now, addDays(c.closedOn, -1), 16) : at(now, today, 16);
    if (lastAt.getTime() > limit.getTime()) {
      const shift = lastAt.getTime() - limit.getTime() + 86_400_000;
      for (const e of events) e.at = new Date((e.at as Date).getTime() - shift);
      data.submittedAt = events[0]!.at as Date;
      for (const f of TIMESTAMP_FIELDS) {
        const v = data[f];
        if (v instanceof Date) data[f] = new Date(v.getTime() - shift);
      }
    }
    await db.referral.create({ data: { ...data, version: events.length, events: { create: events } } });
  }
}
