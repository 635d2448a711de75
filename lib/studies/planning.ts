// Planning a randomised study: how many participants to detect that the intervention shortens the
// median time on benefit by `shorterByDays`, by the log-rank test (Schoenfeld 1983, lib/stats/power.ts),
// assuming exponential times (hazard ratio = control median / intervention median). Phase 2 shows it
// when a manager defines a study and stores the planned number of participants.
import { hazardRatioFromMedians, participantsForEvents, schoenfeldEvents } from "@/lib/stats/power";
import type { PerArm } from "./types";

export type PlanInput = {
  /** Expected median days from entry to leaving benefit without the intervention (> shorterByDays). */
  controlMedianDays: number;
  /** Planned effect: the median is this many days shorter with the intervention (> 0). */
  shorterByDays: number;
  /** Allocation ratio, as in the allocation scheme (default 1:1). */
  ratio?: PerArm<number>;
  /** Share of participants expected to have left benefit by the analysis (0, 1]; default 0.9. */
  expectedEventShare?: number;
  alpha?: number;
  power?: number;
};

export type Plan = { hazardRatio: number; events: number; participants: number; perArm: PerArm<number> };

/** The planned number of participants. Throws RangeError for impossible inputs (effect ≥ median, shares outside (0, 1]). */
export function planParticipants(p: PlanInput): Plan {
  if (!(p.shorterByDays > 0) || !(p.controlMedianDays > p.shorterByDays)) {
    throw new RangeError("the effect must be positive and smaller than the control median");
  }
  const ratio = p.ratio ?? { INTERVENTION: 1, CONTROL: 1 };
  const share = ratio.INTERVENTION / (ratio.INTERVENTION + ratio.CONTROL);
  const hazardRatio = hazardRatioFromMedians(p.controlMedianDays, p.controlMedianDays - p.shorterByDays);
  const events = Math.ceil(schoenfeldEvents({ hazardRatio, allocationShare: share, alpha: p.alpha, power: p.power }));
  // Whole allocation units, so that the arms keep the ratio exactly.
  const units = Math.ceil(participantsForEvents(events, p.expectedEventShare ?? 0.9) / (ratio.INTERVENTION + ratio.CONTROL));
  const perArm = { INTERVENTION: units * ratio.INTERVENTION, CONTROL: units * ratio.CONTROL };
  return { hazardRatio, events, participants: perArm.INTERVENTION + perArm.CONTROL, perArm };
}
