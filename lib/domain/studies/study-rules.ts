// Rules of effect studies shared by their use cases (ADR 0016): the allocation scheme of a study,
// the stratum of a case, and whether a case belongs to a study's population on its entry day.
import type { DiagnosisGroup } from "@/lib/db/generated/client";
import { stratumKey, type AllocationScheme } from "@/lib/studies/allocation";

type SchemeFields = { ratioIntervention: number; ratioControl: number };
type PopulationFields = { diagnosisGroups: DiagnosisGroup[]; startOn: Date; plannedEndOn: Date; stratifyByDiagnosis: boolean };

/** A study as its pages name it: PLANNED before its start day (it exists, but enrols no one yet), then RUNNING, CLOSED. */
export type StudyPhase = "PLANNED" | "RUNNING" | "CLOSED";

/** The phase of a study on `today` (a Danish day): a running study whose start day is after today is PLANNED (walk7 item 2). */
export function studyPhase(study: { status: "RUNNING" | "CLOSED"; startOn: Date }, today: Date): StudyPhase {
  return study.status === "RUNNING" && study.startOn.getTime() > today.getTime() ? "PLANNED" : study.status;
}

/** The allocation scheme (lib/studies/allocation.ts) of a study: its ratio, blocks of 1, 2 or 3 times the ratio's unit. */
export function schemeOf(study: SchemeFields): AllocationScheme {
  return { ratio: { INTERVENTION: study.ratioIntervention, CONTROL: study.ratioControl } };
}

/** The randomisation stratum of a case: its diagnosis group when the study stratifies, else "" (stratumKey). */
export function stratumOf(study: Pick<PopulationFields, "stratifyByDiagnosis">, diagnosisGroup: DiagnosisGroup): string {
  return study.stratifyByDiagnosis ? stratumKey({ diagnosisGroup }) : stratumKey({});
}

/**
 * True when a case of `diagnosisGroup` whose first held follow-up falls on `entryDay` (a Danish day)
 * belongs to the study's population: the day lies within [start, planned end] and the group is one
 * of the study's groups (none chosen = every group). Issue 14, "population rule".
 */
export function inPopulation(study: PopulationFields, diagnosisGroup: DiagnosisGroup, entryDay: Date): boolean {
  const t = entryDay.getTime();
  if (t < study.startOn.getTime() || t > study.plannedEndOn.getTime()) return false;
  return study.diagnosisGroups.length === 0 || study.diagnosisGroups.includes(diagnosisGroup);
}

/** The select of a study's intervention: its way of working and its programmes' names (by name). */
export const INTERVENTION_SELECT = {
  intervention: true,
  programmes: { select: { programme: { select: { id: true, name: true } } }, orderBy: { programme: { name: "asc" } } },
} as const;

/**
 * The intervention in words, for pages and the caseworker's box: the programmes' names, then the way
 * of working (either may be missing, never both: lib/validation/studies.ts), joined by "; ".
 */
export function describeIntervention(study: { intervention: string; programmes: { programme: { name: string } }[] }): string {
  return [...study.programmes.map((p) => p.programme.name), study.intervention].filter((s) => s.trim() !== "").join("; ");
}
