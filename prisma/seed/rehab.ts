// Demo rehab plans and graded return to work. Runs after the referrals step (it reads the STARTED
// and COMPLETED referrals) and before the deadlines step. Plans belong to the demo therapist and
// show work-oriented goals, a home programme of 3–5 exercises, an adherence log and 3–6 progress
// notes with improving scores; some partially returned cases get a return-to-work plan, and a few
// workplace aids are requested (one above the 10,000 DKK mandate, awaiting the jobcenter manager).
import type { Prisma } from "@/lib/db/generated/client";
import { addDays, daysBetween } from "@/lib/rules/dates";
import { stepUpSchedule, weekStartOn } from "@/lib/rtw/plan";
import type { BodyRegion, FirstConversation } from "@/lib/rehab/catalogue";
import type { SeedContext } from "./base";
import { BODY_REGION_OF_TOPIC, topicOfDetail } from "./random";

const dayOf = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(n)));

/**
 * The plan's body region and condition from the case's diagnosis detail only (topicOfDetail), so a
 * heart patient never gets a low-back plan because the programme also takes back patients.
 */
function regionOf(detail: string | null): { region: BodyRegion; condition: string } {
  const region = BODY_REGION_OF_TOPIC[topicOfDetail(detail)];
  return { region, condition: detail ?? "Nedsat funktionsevne efter sygdom" };
}

const EXERCISES: Record<"BACK" | "NECK" | "SHOULDER" | "KNEE" | "OTHER", [string, string, string][]> = {
  BACK: [
    ["Bækkenvip liggende på ryggen med bøjede knæ", "3 × 10", "Dagligt"],
    ["Bro: løft bækkenet fra gulvet og hold 5 sekunder", "3 × 10", "Dagligt"],
    ["Firfodsstående: stræk modsat arm og ben", "2 × 8 pr. side", "5 gange om ugen"],
    ["Løfteteknik med kasse (5–10 kg) fra gulv til bord", "3 × 8", "3 gange om ugen"],
    ["Gåtur i roligt tempo", "20–30 minutter", "Dagligt"],
  ],
  NECK: [
    ["Hagetræk siddende med rank ryg", "3 × 10", "Dagligt"],
    ["Skulderbladene samles bagud og holdes 5 sekunder", "3 × 10", "Dagligt"],
    ["Udstrækning af nakkens sidemuskler", "3 × 30 sekunder pr. side", "Dagligt"],
    ["Mikropauser ved skærmarbejde: rul skuldrene", "1 minut", "Hver time i arbejdstiden"],
  ],
  SHOULDER: [
    ["Pendulsving med afslappet arm", "2 × 1 minut", "Dagligt"],
    ["Udadrotation med elastik, albuen ind til kroppen", "3 × 12", "5 gange om ugen"],
    ["Armløft i skulderhøjde med let vægt (1 kg)", "3 × 10", "3 gange om ugen"],
    ["Væggang med fingrene op ad væggen", "2 × 10", "Dagligt"],
    ["Roning med elastik", "3 × 12", "3 gange om ugen"],
  ],
  KNEE: [
    ["Strakt benløft liggende", "3 × 10 pr. ben", "Dagligt"],
    ["Rejse-sætte-sig fra stol uden armlæn", "3 × 10", "Dagligt"],
    ["Trappetrin op og ned", "3 × 10", "5 gange om ugen"],
    ["Balance på ét ben ved køkkenbordet", "3 × 30 sekunder pr. ben", "Dagligt"],
  ],
  OTHER: [
    ["Gåtur med gradvist længere distance", "20–40 minutter", "Dagligt"],
    ["Rejse-sætte-sig fra stol", "3 × 10", "Dagligt"],
    ["Let styrketræning med elastik for arme og ben", "2 × 12", "3 gange om ugen"],
  ],
};

function goalsFor(region: BodyRegion, occupation: string | null): [string, string, string][] {
  const job = occupation ? occupation.toLowerCase() : "arbejdet";
  switch (region) {
    case "BACK":
      return [
        ["Gå 1 km uden smerter", "Kan gå 300 m, derefter smerter i lænden", "1 km uden at stoppe og uden smerter over 3/10"],
        [`Løfte 10 kg korrekt som ${job}`, "Løfter højst 3 kg fra gulvhøjde", "Løfte 10 kg fra gulv til bord 5 gange med korrekt teknik"],
        ["Sidde eller stå 2 timer i træk", "30 minutter ad gangen", "2 timer med én kort pause"],
      ];
    case "NECK":
      return [
        ["Skærmarbejde 2 timer i træk", "45 minutter, derefter hovedpine", "2 timer med mikropauser, uden hovedpine"],
        ["Dreje hovedet frit ved bilkørsel", "Nedsat bevægelighed til venstre", "Fuld bevægelighed og sikker skulderkig"],
      ];
    case "SHOULDER":
      return [
        ["Arbejde med armene over skulderhøjde i 10 minutter", "Under 1 minut", "10 minutter uden smerter over 3/10"],
        [`Bære 5 kg i hver hånd som ${job}`, "Bærer 1 kg i den ramte arm", "5 kg i 50 m"],
      ];
    case "KNEE":
      return [
        ["Gå på trapper uden gelænder", "Bruger gelænder og tager ét trin ad gangen", "To etager uden gelænder"],
        ["Stå op 4 timer på en arbejdsdag", "1 time, derefter hævelse", "4 timer med korte pauser"],
        ["Sidde på hug og rejse sig igen", "Ikke muligt", "Sidde på hug 30 sekunder og rejse sig uden støtte"],
      ];
    default:
      return [
        ["Klare en halv arbejdsdag uden udmattelse", "2 timer, derefter træt resten af dagen", "4 timer med overskud om eftermiddagen"],
        ["Gå 2 km i jævnt tempo", "500 m", "2 km uden pause"],
      ];
  }
}

// [0]: physical work and pain (a plan for one part of the body); [1]: office work, no pain story.
const CONVERSATIONS: FirstConversation["answers"][] = [
  {
    employerResponse: "Arbejdsgiveren har forståelse for sygemeldingen og har ringet et par gange. Borgeren oplever ikke pres.",
    taskFlexibility: "Mulighed for lettere opgaver i en periode: mere lager- og kontorarbejde, færre tunge løft.",
    keyWorkTasks: "Løft og bæring af varer, lange perioder på benene.",
    network: "Gift, to børn. Gode kolleger, som borgeren savner.",
    leisure: "Gik tidligere til fodbold, er stoppet pga. smerterne.",
    lifestyle: "Ryger 10 om dagen, overvejer at stoppe. Uregelmæssige måltider.",
    sickLeave: "Bekymret for at miste jobbet, sover dårligt.",
    ownExpectation: "Forventer at kunne starte delvist om 4–6 uger og være fuldt tilbage efter ca. 3 måneder.",
  },
  {
    employerResponse: "Arbejdsgiveren presser på for at få borgeren hurtigt tilbage; borgeren føler sig presset.",
    taskFlexibility: "Uklart. Borgeren vil gerne tale med arbejdsgiveren om færre timer i starten.",
    keyWorkTasks: "Arbejde ved skærm og møder, noget kørsel.",
    network: "Bor alene, tæt kontakt til søster.",
    leisure: "Havearbejde og gåture med hunden.",
    lifestyle: "Ikke-ryger, motionerer sjældent.",
    sickLeave: "Føler skyld over for kollegerne.",
    ownExpectation: "Håber at kunne starte med 3 formiddage om ugen inden for en måned.",
  },
];

export async function seedRehab(ctx: SeedContext): Promise<void> {
  const { db, r, today, organisationId } = ctx;
  const therapistId = ctx.users["terapeut@samspil.test"]!;
  const caseworkerId = ctx.users["sagsbehandler@samspil.test"]!;

  const referrals = await db.referral.findMany({
    where: { organisationId, status: { in: ["STARTED", "COMPLETED"] }, startedAt: { not: null } },
    orderBy: { startedAt: "asc" },
    select: {
      id: true,
      citizenId: true,
      status: true,
      startedAt: true,
      completedAt: true,
      conditionTags: true,
      case: { select: { diagnosisDetail: true } },
      citizen: { select: { occupation: true } },
    },
  });
  // Keep the two most recently started referrals without a plan: the therapist creates those.
  const startedIds = referrals.filter((x) => x.status === "STARTED").map((x) => x.id);
  const leaveOpen = new Set(startedIds.slice(-2));

  let n = 0;
  for (const ref of referrals) {
    if (leaveOpen.has(ref.id)) continue;
    n++;
    const startOn = dayOf(ref.startedAt!);
    const endOn = ref.status === "COMPLETED" && ref.completedAt ? dayOf(ref.completedAt) : null;
    const lastDay = endOn && endOn.getTime() < today.getTime() ? endOn : today;
    const span = Math.max(0, daysBetween(startOn, lastDay));
    const { region, condition } = regionOf(ref.case.diagnosisDetail);
    const pkg = region === "OTHER" || region === "ELBOW_HAND" || region === "ANKLE_FOOT" ? null : region;
    const plan = await db.rehabPlan.create({
      data: {
        organisationId,
        departmentId: ctx.healthCenterId,
        citizenId: ref.citizenId,
        referralId: ref.id,
        therapistId,
        condition,
        bodyRegion: region,
        standardPackage: r.chance(0.7) ? pkg : null,
        startOn,
        endOn,
        firstConversation:
          n % 4 === 0
            ? undefined
            : ({
                heldOn: startOn.toISOString().slice(0, 10),
                answers: CONVERSATIONS[region === "OTHER" ? 1 : 0]!,
              } as unknown as Prisma.InputJsonValue),
      },
      select: { id: true },
    });

    const goals = goalsFor(region, ref.citizen.occupation);
    for (const [i, [text, baseline, target]] of goals.entries()) {
      const achieved = span > 28 && (ref.status === "COMPLETED" ? i < goals.length - (n % 2) : i === 0 && span > 42);
      await db.rehabGoal.create({
        data: {
          planId: plan.id,
          text,
          baseline,
          target,
          position: i + 1,
          achievedOn: achieved ? addDays(startOn, Math.min(span, 21 + i * 10)) : null,
        },
      });
    }

    const pool =
      EXERCISES[region === "ELBOW_HAND" || region === "ANKLE_FOOT" || region === "HIP" ? "OTHER" : (region as keyof typeof EXERCISES)];
    const count = Math.min(pool.length, r.int(3, 5));
    for (const [i, [description, repetitions, frequency]] of pool.slice(0, count).entries()) {
      await db.homeExercise.create({ data: { planId: plan.id, description, repetitions, frequency, position: i + 1 } });
    }

    // Adherence: the last (up to) 42 days of the plan; some days not done, a few not recorded.
    const adherenceDays = Math.min(span + 1, 42);
    const willing = 0.6 + r.next() * 0.35;
    const rows: { planId: string; date: Date; done: boolean; note: string | null }[] = [];
    for (let k = 0; k < adherenceDays; k++) {
      const date = addDays(lastDay, -k);
      if (r.chance(0.12)) continue;
      const done = r.chance(willing);
      rows.push({
        planId: plan.id,
        date,
        done,
        note: done
          ? null
          : r.chance(0.3)
            ? r.pick(["Ondt i ryggen om morgenen", "Lang arbejdsdag", "Glemte det", "Syg med forkølelse"])
            : null,
      });
    }
    if (rows.length) await db.adherenceEntry.createMany({ data: rows });

    // Progress notes with improving scores, spread over the plan.
    const notes = Math.max(1, Math.min(r.int(3, 6), Math.floor(span / 7) + 1));
    const base = { health: r.int(1, 2), pain: r.int(6, 8), work: r.int(2, 4) };
    for (let k = 0; k < notes; k++) {
      const f = notes === 1 ? 0 : k / (notes - 1);
      const writtenOn = addDays(startOn, Math.round(f * span));
      const health = clamp(base.health + f * 2.5 + (r.chance(0.2) ? -1 : 0), 1, 5);
      const pain = clamp(base.pain - f * 4 + (r.chance(0.2) ? 1 : 0), 0, 10);
      const work = clamp(base.work + f * 4.5 + (r.chance(0.2) ? -1 : 0), 0, 10);
      const text =
        k === 0
          ? "Første samtale og test. Arbejdsrettede mål aftalt med borgeren, hjemmeprogram gennemgået og filmet på borgerens telefon."
          : k === notes - 1 && ref.status === "COMPLETED"
            ? "Afsluttende status. Borgeren klarer de fleste arbejdsopgaver og fortsætter træningen på egen hånd."
            : r.pick([
                "God fremgang. Øvelserne progredieres, og borgeren oplever færre smerter efter arbejdslignende aktiviteter.",
                "Stabil. Borgeren har haft en dårlig uge, men holder fast i hjemmeprogrammet.",
                "Fremgang i løft og udholdenhed. Talt om delvis raskmelding med arbejdsgiveren.",
              ]);
      await db.progressNote.create({
        data: { planId: plan.id, authorId: therapistId, writtenOn, text, selfRatedHealth: health, pain, workAbility: work },
      });
    }
  }

  // Graded return to work for partially returned cases.
  const partial = await db.sickLeaveCase.findMany({
    where: { id: { in: ctx.caseIds }, status: "PARTIAL_RETURN" },
    select: {
      id: true,
      diagnosisDetail: true,
      caseworkerId: true,
      citizenId: true,
      firstAbsenceDay: true,
      citizen: {
        select: {
          employerContactName: true,
          employerPhone: true,
          consents: { where: { jobcenterToHealth: true, revokedAt: null }, select: { id: true } },
        },
      },
      statusChanges: { where: { status: "PARTIAL_RETURN" }, orderBy: { effectiveOn: "desc" }, take: 1, select: { effectiveOn: true } },
    },
  });
  partial.sort((a, b) => Number(b.caseworkerId === caseworkerId) - Number(a.caseworkerId === caseworkerId));
  const withPlans = partial.slice(0, Math.max(1, Math.ceil(partial.length * 0.6)));
  for (const [i, c] of withPlans.entries()) {
    const since = c.statusChanges[0]?.effectiveOn ?? addDays(today, -28);
    const weeksCount = r.int(6, 10);
    const schedule = stepUpSchedule({ startHours: r.pick([6, 8, 10]), targetHours: 37, weeks: weeksCount, startDays: 3, targetDays: 5 });
    const draft = i === withPlans.length - 1 && withPlans.length > 1;
    const startOn = draft ? addDays(today, 7) : since;
    const patterns: Record<number, string> = { 3: "fordelt på 3 formiddage", 4: "fordelt på 4 dage", 5: "fordelt på 5 dage" };
    const plan = await db.returnToWorkPlan.create({
      data: {
        organisationId,
        caseId: c.id,
        status: draft ? "DRAFT" : "ACTIVE",
        startOn,
        createdById: c.caseworkerId,
        employerContact: [c.citizen.employerContactName, c.citizen.employerPhone].filter(Boolean).join(", ") || "Nærmeste leder",
        note: draft
          ? "Afventer arbejdsgiverens bekræftelse af opgaver."
          : BODY_REGION_OF_TOPIC[topicOfDetail(c.diagnosisDetail)] !== "OTHER"
            ? "Lettere opgaver de første uger; ingen tunge løft over 10 kg. Opfølgning hver 14. dag."
            : "Færre og overskuelige opgaver de første uger, faste pauser. Opfølgning hver 14. dag.",
        weeks: {
          create: schedule.map((w) => {
            const started = weekStartOn(startOn, w.weekNumber).getTime() <= addDays(today, -7).getTime();
            const actual = !draft && started ? Math.max(0, w.plannedHours - (r.chance(0.3) ? r.pick([1, 2, 3]) : 0)) : null;
            return {
              weekNumber: w.weekNumber,
              plannedHours: w.plannedHours,
              plannedDays: w.plannedDays,
              pattern: `${w.plannedHours.toString().replace(".", ",")} timer ${patterns[w.plannedDays] ?? "fordelt på ugen"}`,
              actualHours: actual,
              note: actual !== null && actual < w.plannedHours ? "Gik tidligt hjem en dag pga. smerter" : null,
            };
          }),
        },
      },
      select: { id: true },
    });
    // A pending proposal from the health center where the citizen consented to sharing.
    if (i === 0 && c.citizen.consents.length) {
      await db.rtwProposal.create({
        data: {
          planId: plan.id,
          proposedById: therapistId,
          note: "Borgeren reagerer med øgede smerter ved mere end 4 timer ad gangen. Forslag: langsommere optrapning med højst 4 timer pr. dag de næste uger.",
          weeks: schedule.map((w) => ({
            week: w.weekNumber,
            plannedHours: Math.min(w.plannedHours, 4 * Math.max(3, w.plannedDays)),
            plannedDays: Math.max(3, w.plannedDays),
            pattern: "højst 4 timer pr. dag",
          })),
        },
      });
    }
  }

  // Workplace aids on the demo caseworker's cases.
  const aidCases = partial.filter((c) => c.caseworkerId === caseworkerId).slice(0, 3);
  const managerId = ctx.users["leder@samspil.test"]!;
  const aids: {
    item: string;
    amountDkk: number;
    status: "REQUESTED" | "APPROVED" | "REJECTED";
    by?: "CASEWORKER" | "MANAGER";
    note?: string;
    daysAgo: number;
  }[] = [
    { item: "Hæve-sænkebord", amountDkk: 4800, status: "APPROVED", by: "CASEWORKER", daysAgo: 30 },
    { item: "Ergonomisk kontorstol med armlæn", amountDkk: 3200, status: "REQUESTED", daysAgo: 3 },
    { item: "Elektrisk løftevogn til lageret", amountDkk: 18_500, status: "REQUESTED", daysAgo: 5 },
    { item: "Frikøb til ugentlig genoptræning, 8 uger", amountDkk: 6000, status: "APPROVED", by: "CASEWORKER", daysAgo: 20 },
    {
      item: "Ombygning af arbejdsplads med løftebord",
      amountDkk: 24_000,
      status: "APPROVED",
      by: "MANAGER",
      note: "Bevilget: forudsætning for fuld raskmelding.",
      daysAgo: 45,
    },
  ];
  for (const [i, a] of aids.entries()) {
    const c = aidCases[i % Math.max(1, aidCases.length)];
    if (!c) break;
    const requestedAt = addDays(today, -a.daysAgo);
    await db.workplaceAid.create({
      data: {
        organisationId,
        caseId: c.id,
        item: a.item,
        amountDkk: a.amountDkk,
        status: a.status,
        requestedById: c.caseworkerId,
        createdAt: requestedAt,
        ...(a.status !== "REQUESTED"
          ? {
              decidedById: a.by === "MANAGER" ? managerId : c.caseworkerId,
              decidedRole: a.by ?? "CASEWORKER",
              decidedAt: addDays(requestedAt, 2),
              decisionNote: a.note ?? null,
            }
          : {}),
      },
    });
  }
}
