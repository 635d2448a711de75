// Factories for effect-study tests (issue 14): a study created through the use case, and cases
// with a held first follow-up conversation (the entry point of a study).
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import { createStudy } from "@/lib/domain/studies/create-study";
import { recordHeldFollowUp } from "@/lib/domain/followups/record-held-follow-up";
import { ZCreateStudy } from "@/lib/validation/studies";
import { ZRecordHeldFollowUp } from "@/lib/validation/followups";
import { addDays, instantToDanishLocal, isoDay, startOfDanishDay, todayInDenmark } from "@/lib/time";
import type { DiagnosisGroup } from "@/lib/db/generated/client";
import { createCase, type OrgFixture } from "./core";

let studySerial = 0;

/** Form fields of a valid randomised study starting today (Danish day), 1:1, stratified by diagnosis group. */
export function studyForm(over: Record<string, unknown> = {}): Record<string, unknown> {
  const today = todayInDenmark();
  return {
    name: `Hurtigere tilbage ${++studySerial}`,
    question: "Bliver sygedagpengeforløbet kortere med en tidlig, fælles indsats?",
    intervention: "Tværfagligt team: sagsbehandler og fysioterapeut fra første samtale",
    design: "RANDOMISED",
    diagnosisGroups: [],
    stratifyByDiagnosis: "on",
    ratioIntervention: "1",
    ratioControl: "1",
    startOn: isoDay(today),
    plannedEndOn: isoDay(addDays(today, 365)),
    plannedParticipants: "300",
    plannedEffectDays: "14",
    ...over,
  };
}

export async function createTestStudy(manager: Actor, over: Record<string, unknown> = {}) {
  return createStudy(manager, ZCreateStudy.parse(studyForm(over)));
}

/**
 * A case (first absence 20 days ago) whose first follow-up conversation the caseworker records as held
 * an hour ago, or at the start of today's Danish day when that is later: a study starting today
 * enrols only conversations held on or after its start day, so in the first hour after Danish
 * midnight "an hour ago" would be yesterday and the case would not be enrolled.
 */
export async function caseWithFirstFollowUp(db: Db, f: OrgFixture, diagnosisGroup: DiagnosisGroup = "MUSCULOSKELETAL") {
  const c = await createCase(db, f, { diagnosisGroup, firstAbsenceDay: addDays(todayInDenmark(), -20) });
  const anHourAgo = new Date(Date.now() - 3_600_000);
  const startOfToday = startOfDanishDay(todayInDenmark());
  const held = await recordHeldFollowUp(
    f.actors.caseworker,
    ZRecordHeldFollowUp.parse({
      caseId: c.id,
      heldAt: instantToDanishLocal(anHourAgo < startOfToday ? startOfToday : anHourAgo),
      mode: "IN_PERSON",
      participants: ["CITIZEN", "CASEWORKER"],
      summary: "Første opfølgningssamtale.",
    }),
  );
  return { caseId: c.id, citizenId: c.citizenId, held };
}
