// Outcome derivation from plain case records (definitions at the top of outcomes.ts).
import { describe, expect, it } from "vitest";
import { addCalendarMonths, deriveOutcomes, InvalidCaseRecordError, type CaseRecord } from "./outcomes";

const D = (iso: string) => new Date(`${iso}T00:00:00Z`);
const FIRST = "2026-01-05";
const ENTRY = "2026-03-01"; // day 55 after the first absence day
const base: CaseRecord = {
  firstAbsenceDay: D(FIRST),
  entryDay: D(ENTRY),
  statusChanges: [{ status: "ACTIVE", effectiveOn: D(FIRST) }],
};
const withChanges = (...changes: CaseRecord["statusChanges"]): CaseRecord => ({
  ...base,
  statusChanges: [...base.statusChanges, ...changes],
});

describe("time to leaving benefit", () => {
  it("counts days from entry and from the first absence day to the closing, with delayed entry", () => {
    const o = deriveOutcomes(
      withChanges({ status: "CLOSED", effectiveOn: D("2026-04-10"), closingReason: "FULL_RETURN_TO_WORK" }),
      D("2026-12-31"),
    );
    expect(o.offBenefit).toEqual({
      fromEntry: { time: 40, event: true, entry: 0 },
      fromFirstAbsence: { time: 95, event: true, entry: 55 },
      reason: "FULL_RETURN_TO_WORK",
    });
  });

  it("censors open cases at the analysis day and ignores what happens after it", () => {
    const o = deriveOutcomes(withChanges({ status: "CLOSED", effectiveOn: D("2026-06-01"), closingReason: "OTHER" }), D("2026-05-01"));
    expect(o.offBenefit.fromEntry).toEqual({ time: 61, event: false, entry: 0 });
    expect(o.offBenefit.reason).toBeNull();
  });

  it("censors at the day the citizen moved away", () => {
    const o = deriveOutcomes(withChanges({ status: "CLOSED", effectiveOn: D("2026-04-01"), closingReason: "MOVED" }), D("2026-12-31"));
    expect(o.offBenefit.fromEntry).toEqual({ time: 31, event: false, entry: 0 });
    expect(o.offBenefit.reason).toBe("MOVED");
  });

  it("counts a closing without a recorded reason as leaving benefit (reason UNKNOWN)", () => {
    const o = deriveOutcomes(withChanges({ status: "CLOSED", effectiveOn: D("2026-04-01") }), D("2026-12-31"));
    expect(o.offBenefit.fromEntry.event).toBe(true);
    expect(o.offBenefit.reason).toBe("UNKNOWN");
  });

  it("uses the case's closing when no CLOSED status change was recorded, and the first closing after entry when reopened", () => {
    const fromCase = deriveOutcomes({ ...base, closedOn: D("2026-03-11"), closingReason: "BENEFIT_PERIOD_ENDED" }, D("2026-12-31"));
    expect(fromCase.offBenefit.fromEntry).toEqual({ time: 10, event: true, entry: 0 });
    const reopened = deriveOutcomes(
      withChanges(
        { status: "CLOSED", effectiveOn: D("2026-03-21"), closingReason: "FULL_RETURN_TO_WORK" },
        { status: "ACTIVE", effectiveOn: D("2026-04-15") },
        { status: "CLOSED", effectiveOn: D("2026-06-01"), closingReason: "FULL_RETURN_TO_WORK" },
      ),
      D("2026-12-31"),
    );
    expect(reopened.offBenefit.fromEntry.time).toBe(20);
  });

  it("counts a closing on the entry day as day 0", () => {
    const o = deriveOutcomes(
      withChanges({ status: "CLOSED", effectiveOn: D(ENTRY), closingReason: "FULL_RETURN_TO_WORK" }),
      D("2026-12-31"),
    );
    expect(o.offBenefit.fromEntry).toEqual({ time: 0, event: true, entry: 0 });
  });
});

describe("time to first return", () => {
  it("is the first partial return after entry", () => {
    const o = deriveOutcomes(
      withChanges(
        { status: "PARTIAL_RETURN", effectiveOn: D("2026-03-15") },
        { status: "CLOSED", effectiveOn: D("2026-05-01"), closingReason: "FULL_RETURN_TO_WORK" },
      ),
      D("2026-12-31"),
    );
    expect(o.firstReturn!.fromEntry).toEqual({ time: 14, event: true, entry: 0 });
    expect(o.firstReturn!.fromFirstAbsence).toEqual({ time: 69, event: true, entry: 55 });
  });

  it("is a full return when there was no partial one, and censored by leaving benefit for another reason", () => {
    const full = deriveOutcomes(
      withChanges({ status: "CLOSED", effectiveOn: D("2026-04-01"), closingReason: "FULL_RETURN_TO_WORK" }),
      D("2026-12-31"),
    );
    expect(full.firstReturn!.fromEntry).toEqual({ time: 31, event: true, entry: 0 });
    const other = deriveOutcomes(
      withChanges({ status: "CLOSED", effectiveOn: D("2026-04-01"), closingReason: "TRANSFERRED_TO_OTHER_BENEFIT" }),
      D("2026-12-31"),
    );
    expect(other.firstReturn!.fromEntry).toEqual({ time: 31, event: false, entry: 0 });
    expect(other.offBenefit.fromEntry.event).toBe(true);
  });

  it("leaves out people who had returned before entry (not at risk)", () => {
    const o = deriveOutcomes(
      withChanges({ status: "PARTIAL_RETURN", effectiveOn: D("2026-02-01") }, { status: "ACTIVE", effectiveOn: D("2026-02-20") }),
      D("2026-12-31"),
    );
    expect(o.firstReturn).toBeNull();
    expect(o.offBenefit.fromEntry).toEqual({ time: 305, event: false, entry: 0 });
  });
});

describe("off benefit at 3, 6 and 12 months", () => {
  const rec = withChanges(
    { status: "CLOSED", effectiveOn: D("2026-07-15"), closingReason: "FULL_RETURN_TO_WORK" },
    { status: "ACTIVE", effectiveOn: D("2027-01-10") },
  );
  it("reads the state on entry + m months and is unknown after the analysis day", () => {
    const o = deriveOutcomes(rec, D("2027-02-01"));
    expect(o.offBenefitAt.map((h) => [h.months, h.day.toISOString().slice(0, 10), h.value])).toEqual([
      [3, "2026-06-01", false],
      [6, "2026-09-01", true],
      [12, "2027-03-01", null],
    ]);
    // reopened before 12 months: on benefit again at the 12-month day
    expect(deriveOutcomes(rec, D("2027-03-01")).offBenefitAt[2]!.value).toBe(false);
  });

  it("is unknown for a citizen who moved away before the day", () => {
    const o = deriveOutcomes(withChanges({ status: "CLOSED", effectiveOn: D("2026-04-01"), closingReason: "MOVED" }), D("2027-12-31"));
    expect(o.offBenefitAt.map((h) => h.value)).toEqual([null, null, null]);
  });

  it("adds calendar months clamped to the month end", () => {
    expect(addCalendarMonths(D("2026-01-31"), 1).toISOString().slice(0, 10)).toBe("2026-02-28");
    expect(addCalendarMonths(D("2026-11-30"), 3).toISOString().slice(0, 10)).toBe("2027-02-28");
  });
});

describe("score changes from progress notes", () => {
  it("compares the first and the last note up to the analysis day", () => {
    const o = deriveOutcomes(
      {
        ...base,
        progressNotes: [
          { writtenOn: D("2026-04-01"), selfRatedHealth: 3, workAbility: 5 },
          { writtenOn: D("2026-03-10"), selfRatedHealth: 2, workAbility: 3 },
          { writtenOn: D("2026-05-01"), selfRatedHealth: 4, workAbility: 7 },
          { writtenOn: D("2026-09-01"), selfRatedHealth: 1, workAbility: 1 },
        ],
      },
      D("2026-06-01"),
    );
    expect(o.scores).toEqual({
      notes: 3,
      selfRatedHealth: { first: 2, last: 4, change: 2, days: 52 },
      workAbility: { first: 3, last: 7, change: 4, days: 52 },
    });
  });

  it("has no change with fewer than two notes", () => {
    const o = deriveOutcomes(
      { ...base, progressNotes: [{ writtenOn: D("2026-04-01"), selfRatedHealth: 3, workAbility: 5 }] },
      D("2026-06-01"),
    );
    expect(o.scores).toEqual({ notes: 1, selfRatedHealth: null, workAbility: null });
  });
});

describe("invalid records", () => {
  it("are refused with a reason", () => {
    expect(() => deriveOutcomes({ ...base, entryDay: D("2025-12-01") }, D("2026-12-31"))).toThrow(InvalidCaseRecordError);
    expect(() => deriveOutcomes(base, D("2026-02-01"))).toThrow(InvalidCaseRecordError);
    expect(() =>
      deriveOutcomes(withChanges({ status: "CLOSED", effectiveOn: D("2026-02-01"), closingReason: "OTHER" }), D("2026-12-31")),
    ).toThrow(/closed when it entered/);
    expect(() => deriveOutcomes({ ...base, entryDay: new Date("x") }, D("2026-12-31"))).toThrow(InvalidCaseRecordError);
  });
});
