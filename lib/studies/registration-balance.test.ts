// Registration balance: the failure of the 2009 trial (exemptions recorded far more often for
// participants, cases entered at different moments) must show as warnings; equal registration must not.
import { describe, expect, it } from "vitest";
import { registrationBalance, type RegistrationRecord } from "./registration-balance";
import type { Arm } from "./types";

const D = (iso: string) => new Date(`${iso}T00:00:00Z`);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const ENTRY = D("2026-03-02");
const ANALYSIS = D("2026-12-31");

function rec(arm: Arm, over: Partial<RegistrationRecord> = {}): RegistrationRecord {
  return {
    arm,
    firstAbsenceDay: addDays(ENTRY, -56),
    entryDay: ENTRY,
    exemptionsFrom: [],
    followUpsDue: 3,
    followUpsHeld: 3,
    closed: true,
    closingReason: "FULL_RETURN_TO_WORK",
    firstRegistrationDay: addDays(ENTRY, 1),
    ...over,
  };
}
const many = (n: number, f: (k: number) => RegistrationRecord) => Array.from({ length: n }, (_, k) => f(k));

describe("registrationBalance", () => {
  it("shows no warning when both arms are registered alike", () => {
    const b = registrationBalance([...many(20, () => rec("INTERVENTION")), ...many(20, () => rec("CONTROL"))], { analysisDay: ANALYSIS });
    expect(b.warnings).toEqual([]);
    expect(b.tooFew).toBe(false);
    expect(b.followUps).toEqual({ INTERVENTION: { due: 60, held: 60 }, CONTROL: { due: 60, held: 60 } });
  });

  it("warns about the 2009 pattern: exemptions, missing follow-ups and closing reasons, late registration, late entry", () => {
    const records = [
      // Participants: 8 of 20 exempted after entry, registered the day after entry, entered in week 8.
      ...many(20, (k) => rec("INTERVENTION", { exemptionsFrom: k < 8 ? [addDays(ENTRY, 10)] : [] })),
      // Controls: 1 of 20 exempted, 6 with a missed follow-up, 5 closed without reason, registered after 3 weeks, entered in week 11.
      ...many(20, (k) =>
        rec("CONTROL", {
          exemptionsFrom: k === 0 ? [addDays(ENTRY, 5)] : [],
          followUpsHeld: k < 6 ? 2 : 3,
          closingReason: k < 5 ? null : "FULL_RETURN_TO_WORK",
          firstRegistrationDay: addDays(ENTRY, 21),
          firstAbsenceDay: addDays(ENTRY, -77),
        }),
      ),
    ];
    const b = registrationBalance(records, { analysisDay: ANALYSIS });
    const exemptions = b.metrics.find((m) => m.metric === "exemptions")!;
    expect(exemptions).toMatchObject({
      kind: "share",
      exceeds: true,
      arms: { INTERVENTION: { count: 8, n: 20 }, CONTROL: { count: 1, n: 20 } },
    });
    expect(exemptions.difference.estimate).toBeCloseTo(0.35, 12);
    expect(b.warnings).toEqual([
      { key: "studies.registration.warning.exemptions", params: { intervention: 40, control: 5, threshold: 10 } },
      { key: "studies.registration.warning.missingFollowUps", params: { intervention: 0, control: 30, threshold: 10 } },
      { key: "studies.registration.warning.missingClosingReasons", params: { intervention: 0, control: 25, threshold: 10 } },
      { key: "studies.registration.warning.daysToFirstRegistration", params: { intervention: 1, control: 21, threshold: 7 } },
      { key: "studies.registration.warning.daysFirstAbsenceToEntry", params: { intervention: 56, control: 77, threshold: 7 } },
    ]);
  });

  it("counts only exemptions starting between entry and the analysis day, and only closed cases for closing reasons", () => {
    const b = registrationBalance(
      [
        ...many(5, () => rec("INTERVENTION", { exemptionsFrom: [addDays(ENTRY, -3)], closed: false, closingReason: null })),
        ...many(5, () => rec("CONTROL", { exemptionsFrom: [addDays(ANALYSIS, 3)] })),
      ],
      { analysisDay: ANALYSIS },
    );
    expect(b.metrics.find((m) => m.metric === "exemptions")).toMatchObject({ arms: { INTERVENTION: { count: 0 }, CONTROL: { count: 0 } } });
    expect(b.metrics.find((m) => m.metric === "missingClosingReasons")).toMatchObject({
      arms: { INTERVENTION: { n: 0 }, CONTROL: { n: 5, count: 0 } },
    });
  });

  it("reports medians and quartiles of the days, and people not yet registered", () => {
    const b = registrationBalance(
      [
        ...[0, 2, 4, 6].map((d) => rec("INTERVENTION", { firstRegistrationDay: addDays(ENTRY, d) })),
        rec("INTERVENTION", { firstRegistrationDay: null }),
        ...many(5, () => rec("CONTROL")),
      ],
      { analysisDay: ANALYSIS },
    );
    const m = b.metrics.find((x) => x.metric === "daysToFirstRegistration")!;
    expect(m.arms.INTERVENTION).toEqual({ n: 4, median: 3, lowerQuartile: 1.5, upperQuartile: 4.5, missing: 1 });
    expect(m.difference.estimate).toBe(2);
  });

  it("gives no warnings while an arm has fewer than 5 people, and honours the thresholds", () => {
    const records = [...many(4, () => rec("INTERVENTION", { exemptionsFrom: [addDays(ENTRY, 1)] })), ...many(10, () => rec("CONTROL"))];
    expect(registrationBalance(records, { analysisDay: ANALYSIS })).toMatchObject({ tooFew: true, warnings: [] });
    const more = [...records, rec("INTERVENTION")];
    expect(registrationBalance(more, { analysisDay: ANALYSIS }).warnings.map((w) => w.key)).toEqual([
      "studies.registration.warning.exemptions",
    ]);
    expect(registrationBalance(more, { analysisDay: ANALYSIS, shareThreshold: 0.9 }).warnings).toEqual([]);
  });

  it("refuses more follow-ups held than due", () => {
    expect(() => registrationBalance([rec("CONTROL", { followUpsHeld: 4 })], { analysisDay: ANALYSIS })).toThrow(RangeError);
  });
});
