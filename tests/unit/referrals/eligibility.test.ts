import { describe, expect, it } from "vitest";
import { evaluateEligibility, MIN_OVERRIDE_LENGTH, readAnswerSnapshot, snapshotAnswers, type Criterion } from "@/lib/referrals/eligibility";

const criteria: Criterion[] = [
  { id: "a", text: "Sygemeldt pga. lænderygsmerter", required: true },
  { id: "b", text: "Kan deltage 2 gange om ugen", required: true },
  { id: "c", text: "Motiveret for holdtræning", required: false },
];

describe("eligibility evaluation", () => {
  it("is eligible when every required item is YES", () => {
    const r = evaluateEligibility(criteria, { a: "YES", b: "YES", c: "NO" });
    expect(r).toMatchObject({ outcome: "ELIGIBLE", canSubmit: true, blocking: [], unanswered: [] });
  });

  it("an optional item answered NO never blocks", () => {
    expect(evaluateEligibility(criteria, { a: "YES", b: "YES", c: "NO" }).canSubmit).toBe(true);
  });

  it("a required item answered NO blocks and names that item", () => {
    const r = evaluateEligibility(criteria, { a: "NO", b: "YES", c: "YES" });
    expect(r.outcome).toBe("BLOCKED");
    expect(r.canSubmit).toBe(false);
    expect(r.blocking).toEqual(["a"]);
  });

  it("lists every blocking item", () => {
    expect(evaluateEligibility(criteria, { a: "NO", b: "NO", c: "YES" }).blocking).toEqual(["a", "b"]);
  });

  it("a written override justification lifts the block", () => {
    const r = evaluateEligibility(criteria, { a: "NO", b: "YES", c: "YES" }, "Lægen anbefaler forløbet trods smerter i nakken");
    expect(r).toMatchObject({ outcome: "OVERRIDDEN", overridden: true, canSubmit: true, blocking: ["a"] });
  });

  it("a too short or blank justification does not override", () => {
    expect(evaluateEligibility(criteria, { a: "NO", b: "YES", c: "YES" }, "x".repeat(MIN_OVERRIDE_LENGTH - 1)).canSubmit).toBe(false);
    expect(evaluateEligibility(criteria, { a: "NO", b: "YES", c: "YES" }, `   ${"x".repeat(MIN_OVERRIDE_LENGTH - 1)}   `).canSubmit).toBe(
      false,
    );
    expect(evaluateEligibility(criteria, { a: "NO", b: "YES", c: "YES" }, null).canSubmit).toBe(false);
  });

  it("an override without a blocking item is not an override", () => {
    expect(evaluateEligibility(criteria, { a: "YES", b: "YES", c: "YES" }, "Unødvendig begrundelse her").overridden).toBe(false);
  });

  it("UNKNOWN on a required item may be sent but needs the visitator's assessment", () => {
    const r = evaluateEligibility(criteria, { a: "UNKNOWN", b: "YES", c: "YES" });
    expect(r).toMatchObject({ outcome: "NEEDS_ASSESSMENT", canSubmit: true, unknownRequired: ["a"] });
  });

  it("unanswered or invalid answers make the checklist incomplete", () => {
    const r = evaluateEligibility(criteria, { a: "YES", b: "MAYBE", c: undefined });
    expect(r.outcome).toBe("INCOMPLETE");
    expect(r.unanswered).toEqual(["b", "c"]);
    expect(r.canSubmit).toBe(false);
  });

  it("does not read answers from the object prototype", () => {
    const r = evaluateEligibility([{ id: "toString", text: "x", required: true }], {});
    expect(r.unanswered).toEqual(["toString"]);
  });

  it("an empty checklist is eligible", () => {
    expect(evaluateEligibility([], {}).outcome).toBe("ELIGIBLE");
  });

  it("snapshots the criterion texts with the answers and reads them back in order", () => {
    const snap = snapshotAnswers(criteria, { a: "YES", b: "NO", c: "UNKNOWN" });
    expect(snap.b).toEqual({ answer: "NO", text: "Kan deltage 2 gange om ugen", required: true, position: 1 });
    const back = readAnswerSnapshot(JSON.parse(JSON.stringify(snap)));
    expect(back.map((x) => x.criterionId)).toEqual(["a", "b", "c"]);
  });

  it("reading a malformed snapshot skips bad entries", () => {
    expect(readAnswerSnapshot(null)).toEqual([]);
    expect(readAnswerSnapshot([1, 2])).toEqual([]);
    expect(readAnswerSnapshot({ a: { answer: "PERHAPS", text: "x" }, b: "YES", c: { answer: "YES", text: "ok" } })).toEqual([
      { criterionId: "c", answer: "YES", text: "ok", required: false, position: 0 },
    ]);
  });
});
