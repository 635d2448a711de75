// A demo effect study (issue 14) with enough participants for a readable results page: a
// randomised study of the demo municipality that started 18 months ago. Its participants are the
// synthetic cases of "Jobcenter Syd" (board-history.ts) whose first held follow-up conversation lies
// in the study period; each is allocated by the core (lib/studies/allocation.ts) in order of entry,
// exactly as enrolCaseInStudies does. The data are synthetic and carry no true effect: the page
// should read "we cannot tell yet". Deterministic: the seed of the allocation is fixed for the demo.
import { createHash } from "node:crypto";
import { encryptStudySeed } from "@/lib/crypto/study-seed";
import { ALLOCATION_ALGORITHM, allocate, stratumKey } from "@/lib/studies/allocation";
import { addDays, danishDayOf } from "@/lib/time";
import type { SeedContext } from "./base";

export const DEMO_STUDY_NAME = "Tidlig tværfaglig indsats (demo)";

/** True when the last status change effective before `entryDay` is a closing (lib/studies/outcomes: "closed when it entered"). */
function closedAtEntry(changes: { status: string; effectiveOn: Date }[], entryDay: Date): boolean {
  const before = changes.filter((c) => c.effectiveOn < entryDay);
  return before.length > 0 && before[before.length - 1]!.status === "CLOSED";
}

export async function seedStudies(ctx: SeedContext): Promise<void> {
  const { db, organisationId, today } = ctx;
  const manager = ctx.users["leder@samspil.test"]!;
  const seed = createHash("sha256").update("samspil-demo-study-2026").digest("hex");
  const startOn = addDays(today, -540);
  const study = await db.effectStudy.create({
    data: {
      organisationId,
      name: DEMO_STUDY_NAME,
      question: "Kommer sygemeldte hurtigere væk fra sygedagpenge, når sagsbehandler og fysioterapeut arbejder sammen fra første samtale?",
      intervention: "Tværfagligt team fra første opfølgningssamtale",
      design: "RANDOMISED",
      stratifyByDiagnosis: true,
      startOn,
      plannedEndOn: addDays(today, 180),
      plannedParticipants: 600,
      plannedEffectDays: 14,
      allocationAlgorithm: ALLOCATION_ALGORITHM,
      seedEncrypted: encryptStudySeed(seed),
      bootstrapSeed: 20261130,
      createdById: manager,
      createdAt: addDays(startOn, -7),
    },
    select: { id: true },
  });
  const held = await db.followUp.findMany({
    where: { status: "HELD", voidedAt: null, heldAt: { not: null }, case: { organisationId, voidedAt: null } },
    orderBy: [{ heldAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      heldAt: true,
      caseId: true,
      case: {
        select: {
          diagnosisGroup: true,
          firstAbsenceDay: true,
          closedOn: true,
          statusChanges: { orderBy: [{ effectiveOn: "asc" }, { createdAt: "asc" }], select: { status: true, effectiveOn: true } },
        },
      },
    },
  });
  const seen = new Set<string>();
  const counters = new Map<string, number>();
  const rows = [];
  for (const f of held) {
    if (seen.has(f.caseId)) continue;
    seen.add(f.caseId);
    const entryDay = danishDayOf(f.heldAt!);
    if (entryDay < startOn || entryDay > today || entryDay < f.case.firstAbsenceDay) continue;
    if (f.case.closedOn && f.case.closedOn <= entryDay) continue;
    // Closed on the day of the conversation (a closing later reopened): enrolCaseInStudies refuses a
    // closed case, and the results leave such a participant out as contradicting its entry, so the
    // study list counted one participant more than the results page showed (walk4 item 5).
    if (closedAtEntry(f.case.statusChanges, entryDay)) continue;
    const stratum = stratumKey({ diagnosisGroup: f.case.diagnosisGroup });
    const k = counters.get(stratum) ?? 0;
    counters.set(stratum, k + 1);
    const a = allocate(seed, { ratio: { INTERVENTION: 1, CONTROL: 1 } }, stratum, k);
    rows.push({
      organisationId,
      studyId: study.id,
      caseId: f.caseId,
      stratum,
      index: a.index,
      arm: a.arm,
      block: a.block,
      entryDay,
      followUpId: f.id,
      allocatedById: manager,
      allocatedAt: f.heldAt!,
    });
  }
  await db.studyAllocation.createMany({ data: rows });
}
