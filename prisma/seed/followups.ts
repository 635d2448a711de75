// Demo follow-up conversations: held ones for most cases older than 6 weeks (first conversation
// around weeks 5–8, then every 3–4 weeks as the 2014 rules require for categories 2 and 3),
// some planned in the coming weeks, a couple missed or cancelled, and a couple of exemptions.
// About one in seven older open cases is deliberately left without a recent conversation, so that
// the worklist shows overdue deadlines. Runs before the deadlines step, which computes every
// case's next deadline from what is seeded here.
import type { FollowUpMode, Participant, Prisma } from "@/lib/db/generated/client";
import { danishLocalToInstant } from "@/lib/time";
import { addDays } from "@/lib/rules/dates";
import { demoCases, type SeedContext } from "./base";
import { topicOfDetail, type StoryTopic } from "./random";

type Conversation = { summary: string; agreements: string };

const MENTAL_NOTES: Conversation[] = [
  {
    summary:
      "Borgeren sover fortsat dårligt og har svært ved at koncentrere sig i mere end en time ad gangen, men har fået mere struktur på hverdagen med faste gåture. Er i samtaleforløb hos psykolog via egen læge.",
    agreements:
      "Borgeren tilmeldes stresshåndteringsforløbet i sundhedscentret. Sagsbehandler kontakter arbejdsgiver om mulighed for opstart med 2 × 3 timer om ugen uden kundekontakt.",
  },
  {
    summary:
      "Det går langsomt fremad. Borgeren har deltaget i fire af seks gange i stressforløbet og oplever færre hjertebanken-episoder. Er bekymret for at vende tilbage til samme afdeling.",
    agreements:
      "Rundbordssamtale med arbejdsgiver og terapeut planlægges. Borgeren skriver ned, hvilke opgaver der føles overkommelige. Lægeattest indhentes om forventet varighed.",
  },
  {
    summary:
      "Borgeren er startet delvist op og arbejder 12 timer om ugen fordelt på fire formiddage. Det fungerer, men borgeren er meget træt om eftermiddagen.",
    agreements:
      "Timetallet fastholdes i tre uger og øges derefter til 16 timer, hvis det går godt. Borgeren kontakter sagsbehandler ved tilbagefald.",
  },
];

// Notes per story topic (topicOfDetail): a knee case's notes talk about the knee, a heart patient's
// about heart rehabilitation (issue 8 item 16).
const CONVERSATIONS: Record<StoryTopic, Conversation[]> = {
  mental: MENTAL_NOTES,
  back: [
    {
      summary:
        "Borgeren har stadig smerter i lænden ved længere tids stående arbejde, men kan nu gå 2 km uden pause. Træner selv med øvelserne fra fysioterapeuten to gange om ugen.",
      agreements:
        "Henvisning til rygskole i sundhedscentret. Borgeren taler med arbejdsgiver om lettere opgaver uden tunge løft de første uger.",
    },
    {
      summary:
        "Smerterne i ryggen er aftaget efter fire uger i træningsforløbet. Borgeren kan løfte 8 kg fra gulv til bord, målet er 15 kg. Arbejdsgiveren har tilbudt en hæve-sænke-arbejdsplads.",
      agreements: "Optrapningsplan udarbejdes med start på 15 timer om ugen. Hjælpemiddel (hæve-sænkebord) søges. Ny samtale om fire uger.",
    },
  ],
  neck: [
    {
      summary:
        "Borgeren har fortsat ondt i nakken og hovedpine efter en times skærmarbejde. Træner nakke og skuldre hjemme og går til fysioterapeut en gang om ugen.",
      agreements:
        "Borgeren deltager i træningsforløbet i sundhedscentret. Sagsbehandler drøfter med arbejdsgiver, om arbejdspladsen kan indrettes med ny skærm og mikropauser.",
    },
    {
      summary: "Nakken er bedre, og hovedpinen kommer sjældnere. Borgeren kan nu arbejde ved skærm i to timer med pauser.",
      agreements: "Delvis opstart med 4 timer om dagen tre dage om ugen. Ny samtale om fire uger.",
    },
  ],
  shoulder: [
    {
      summary:
        "Borgeren er efter skulderoperationen i gang med genoptræning og har fået bedre bevægelighed. Kan endnu ikke arbejde med armene over skulderhøjde.",
      agreements:
        "Terapeuten sender status efter næste test. Sagsbehandler undersøger sammen med arbejdsgiver, om der er opgaver i lageret uden arbejde over skulderhøjde.",
    },
    {
      summary: "Skulderen kan nu løftes til skulderhøjde uden smerter. Borgeren bærer 3 kg i den ramte arm, målet er 5 kg.",
      agreements: "Optrapning med 15 timer om ugen uden løft over skulderhøjde. Ny samtale om fire uger.",
    },
  ],
  knee: [
    {
      summary:
        "Borgeren har stadig hævelse i knæet efter en arbejdsdag på benene og bruger gelænder på trapper. Træner knæet med øvelserne fra fysioterapeuten hver dag.",
      agreements:
        "Borgeren fortsætter træningsforløbet for knæ i sundhedscentret. Sagsbehandler undersøger med arbejdsgiver, om der er siddende opgaver i en periode.",
    },
    {
      summary: "Knæet er mere stabilt. Borgeren kan stå op i tre timer og gå på trapper uden gelænder.",
      agreements: "Delvis opstart med 20 timer om ugen, mest siddende opgaver de første to uger. Ny samtale om fire uger.",
    },
  ],
  cancer: [
    {
      summary:
        "Borgeren er i kemoterapi og har store udsving i energiniveauet. Ønsker at bevare kontakten til arbejdspladsen, men kan ikke forpligte sig til faste timer.",
      agreements:
        "Borgeren holder kontakt med sin leder hver anden uge. Sagsbehandler vurderer forlængelse af sygedagpengene inden uge 22. Ny samtale efter næste behandlingsserie.",
    },
  ],
  heart: [
    {
      summary:
        "Efter hjerteoperationen deltager borgeren i hjerterehabilitering i sundhedscentret og går dagligt ture på 30 minutter. Lægen forventer raskmelding inden for to måneder.",
      agreements: "Borgeren fortsætter rehabiliteringen. Delvis opstart med 10 timer om ugen drøftes med arbejdsgiver ved næste samtale.",
    },
  ],
  operation: [
    {
      summary:
        "Borgeren kommer sig efter operationen og er stadig træt efter få timers aktivitet. Går daglige ture og følger genoptræningsplanen fra sygehuset.",
      agreements: "Sagsbehandler indhenter statusattest fra egen læge. Delvis opstart drøftes med arbejdsgiver ved næste samtale.",
    },
  ],
  infection: [
    {
      summary:
        "Borgeren er fortsat udmattet efter den langvarige infektion og kan klare to til tre timers aktivitet om dagen. Er i kontakt med egen læge om udredning.",
      agreements:
        "Borgeren fører dagbog over energi og aktivitet. Opstart med få timer om ugen drøftes med arbejdsgiver, når lægen har vurderet det.",
    },
  ],
};

const FIRST_MODES: FollowUpMode[] = ["IN_PERSON", "IN_PERSON", "PHONE", "VIDEO"];
const LATER_MODES: FollowUpMode[] = ["IN_PERSON", "PHONE", "AT_WORKPLACE", "AT_HEALTH_CENTER", "ROUNDTABLE", "VIDEO"];

function participantsFor(mode: FollowUpMode): Participant[] {
  switch (mode) {
    case "AT_WORKPLACE":
      return ["CITIZEN", "CASEWORKER", "EMPLOYER"];
    case "AT_HEALTH_CENTER":
      return ["CITIZEN", "CASEWORKER", "THERAPIST"];
    case "ROUNDTABLE":
      return ["CITIZEN", "CASEWORKER", "THERAPIST", "EMPLOYER", "GP"];
    default:
      return ["CITIZEN", "CASEWORKER"];
  }
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function seedFollowUps(ctx: SeedContext): Promise<void> {
  const { db, r, today } = ctx;
  const cases = await demoCases(ctx, { diagnosisDetail: true, statusChanges: { select: { status: true, effectiveOn: true } } });
  const at = (day: Date) =>
    danishLocalToInstant(`${iso(day)}T${String(r.int(8, 14)).padStart(2, "0")}:${r.pick(["00", "15", "30", "45"])}`);
  const rows: Prisma.FollowUpCreateManyInput[] = [];
  let missed = 0;
  let cancelled = 0;
  let exemptions = 0;

  for (const c of cases) {
    const open = c.status !== "CLOSED";
    const end = c.closedOn ?? addDays(today, -1);
    const ageDays = (end.getTime() - c.firstAbsenceDay.getTime()) / 86_400_000;

    // Two open cases are exempt from follow-up: one open-ended, one until an expected return.
    if (open && ageDays > 30 && exemptions < 2 && r.chance(0.25)) {
      const terminal = exemptions === 0;
      await db.caseExemption.create({
        data: {
          caseId: c.id,
          reason: terminal ? "TERMINAL_ILLNESS" : "IMMINENT_RETURN",
          fromOn: addDays(c.firstAbsenceDay, 21),
          untilOn: terminal ? null : addDays(today, 20),
          note: terminal ? "Lægeerklæring om livstruende sygdom modtaget." : "Lægen forventer fuld raskmelding inden for tre uger.",
          createdById: c.caseworkerId,
        },
      });
      exemptions++;
      continue;
    }

    if (ageDays >= 42 && !(open && r.chance(0.14))) {
      const conversations = CONVERSATIONS[topicOfDetail(c.diagnosisDetail)];
      let due = addDays(c.firstAbsenceDay, 55);
      let day = addDays(c.firstAbsenceDay, r.int(35, 55));
      let n = 0;
      while (day <= end) {
        const mode = n === 0 ? r.pick(FIRST_MODES) : r.pick(LATER_MODES);
        const text = conversations[Math.min(n, conversations.length - 1)]!;
        rows.push({
          caseId: c.id,
          dueOn: due,
          heldAt: at(day),
          mode,
          participants: participantsFor(mode),
          summary: text.summary,
          agreements: text.agreements,
          status: "HELD",
          createdById: c.caseworkerId,
        });
        n++;
        // Categories 2 and 3 (2014 rules, § 13 b): at least every 4 weeks.
        due = addDays(day, 28);
        day = addDays(day, r.int(21, 28));
      }
    }

    if (!open) continue;
    // A couple of conversations the citizen did not attend, and one cancelled by the citizen.
    if (ageDays > 50 && missed < 3 && r.chance(0.2)) {
      rows.push({
        caseId: c.id,
        scheduledAt: at(addDays(today, -r.int(3, 12))),
        mode: "IN_PERSON",
        status: "MISSED",
        statusReason: "Borgeren mødte ikke op og havde ikke meldt afbud. Ny tid sendt i Digital Post.",
        createdById: c.caseworkerId,
      });
      missed++;
    } else if (ageDays > 50 && cancelled < 2 && r.chance(0.3)) {
      rows.push({
        caseId: c.id,
        scheduledAt: at(addDays(today, -r.int(2, 8))),
        mode: "PHONE",
        status: "CANCELLED",
        statusReason: "Borgeren meldte afbud på grund af en hospitalsundersøgelse samme dag.",
        createdById: c.caseworkerId,
      });
      cancelled++;
    }
    // Planned conversations in the coming three weeks.
    if (ageDays > 21 && r.chance(0.35)) {
      rows.push({
        caseId: c.id,
        scheduledAt: at(addDays(today, r.int(1, 21))),
        mode: r.pick(["IN_PERSON", "PHONE", "VIDEO", "ROUNDTABLE"] as const),
        status: "PLANNED",
        createdById: c.caseworkerId,
      });
    }
  }
  if (rows.length) await db.followUp.createMany({ data: rows });
}
