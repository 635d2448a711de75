// The plain-language reading of a study's primary comparison, as translation keys with parameters
// (texts in lib/i18n/messages/{da,en}/studies.ts; phase 2 renders them). Rule: while the 95 % interval
// of the difference in mean days on benefit spans 0 (no difference), the reading says "we cannot tell
// yet" — never "no effect" — and, given a planned effect, how many participants the spread seen so
// far says are needed (lib/stats/power.ts, participantsFromStandardError); without a planned effect,
// that one must be set to see it.
import { participantsFromStandardError } from "@/lib/stats/power";
import type { StudyAnalysis } from "./analysis";
import type { Message } from "./types";

/** Every key the reading can produce (texts in lib/i18n/messages/{da,en}/studies.ts, under "reading"). */
export const READING_KEYS = [
  "studies.reading.tooFew",
  "studies.reading.noFollowUp",
  "studies.reading.cannotTellYet",
  "studies.reading.shorter",
  "studies.reading.longer",
  "studies.reading.moreParticipantsNeeded",
  "studies.reading.enoughParticipants",
  "studies.reading.noPlannedEffect",
  "studies.reading.tauShortened",
  "studies.reading.openCasesCensored",
  "studies.reading.matched",
  "studies.reading.interim",
] as const;
export type ReadingKey = (typeof READING_KEYS)[number];

const msg = (key: ReadingKey, params: Message["params"] = {}): Message => ({ key, params });
const days = (x: number) => Math.round(Math.abs(x));

/**
 * Reads the primary comparison (offBenefit.fromEntry.rmst.difference, INTERVENTION − CONTROL).
 * Parameters are whole days (rounded) and whole numbers of participants; `power` in per cent.
 */
export function readStudy(
  a: Omit<StudyAnalysis, "sampleSize" | "reading">,
  o: { plannedEffectDays: number | null; alpha: number; power: number; minimumPerArm: number; interim: boolean },
): { sampleSize: StudyAnalysis["sampleSize"]; reading: Message[] } {
  const reading: Message[] = [];
  // Looking at a live result again and again finds a "difference" by chance far more often than 5 %
  // (Armitage, McPherson & Rowe 1969, JRSS A 132:235): before the planned end the reading says so.
  const caveat = [
    ...(a.design === "MATCHED" ? [msg("studies.reading.matched")] : []),
    ...(o.interim ? [msg("studies.reading.interim")] : []),
  ];
  if (a.participants.INTERVENTION < o.minimumPerArm || a.participants.CONTROL < o.minimumPerArm) {
    return { sampleSize: null, reading: [msg("studies.reading.tooFew", { minimum: o.minimumPerArm }), ...caveat] };
  }
  const rmst = a.offBenefit.fromEntry.rmst;
  if (!rmst || !(rmst.difference.stdErr > 0)) {
    return { sampleSize: null, reading: [msg("studies.reading.noFollowUp"), ...caveat] };
  }
  const d = rmst.difference;
  const tau = Math.round(rmst.tau);
  if (d.lower <= 0 && d.upper >= 0) {
    const direction = Math.round(d.difference) < 0 ? "shorter" : Math.round(d.difference) > 0 ? "longer" : "same";
    reading.push(
      msg("studies.reading.cannotTellYet", { days: days(d.difference), direction, shorterBy: days(d.lower), longerBy: days(d.upper), tau }),
    );
  } else if (d.upper < 0) {
    reading.push(msg("studies.reading.shorter", { days: days(d.difference), from: days(d.upper), to: days(d.lower), tau }));
  } else {
    reading.push(msg("studies.reading.longer", { days: days(d.difference), from: days(d.lower), to: days(d.upper), tau }));
  }

  let sampleSize: StudyAnalysis["sampleSize"] = null;
  if (o.plannedEffectDays !== null && o.plannedEffectDays > 0) {
    const current = a.participants.INTERVENTION + a.participants.CONTROL;
    const needed = participantsFromStandardError({
      currentTotal: current,
      currentStdErr: d.stdErr,
      difference: o.plannedEffectDays,
      alpha: o.alpha,
      power: o.power,
    });
    sampleSize = { plannedEffectDays: o.plannedEffectDays, alpha: o.alpha, power: o.power, needed, more: Math.max(0, needed - current) };
    const params = { effect: o.plannedEffectDays, power: Math.round(o.power * 100), needed };
    if (sampleSize.more > 0) reading.push(msg("studies.reading.moreParticipantsNeeded", { ...params, more: sampleSize.more }));
    else if (d.lower <= 0 && d.upper >= 0) reading.push(msg("studies.reading.enoughParticipants", params));
  } else {
    // Without a planned effect the number still needed cannot be said (issue 14): the reading says so.
    reading.push(msg("studies.reading.noPlannedEffect"));
  }
  if (rmst.tau < rmst.plannedTau) reading.push(msg("studies.reading.tauShortened", { tau, plannedTau: Math.round(rmst.plannedTau) }));
  if (a.openCases.INTERVENTION + a.openCases.CONTROL > 0) reading.push(msg("studies.reading.openCasesCensored"));
  return { sampleSize, reading: [...reading, ...caveat] };
}
