import { describe, expect, it } from "vitest";
import { parseWith } from "@/lib/validation/form";
import { ZCreateProgramme } from "@/lib/validation/programmes";
import { ZCreateReferral, ZTransitionReferral } from "@/lib/validation/referrals";
import { PROGRAMME_FORM_FIELDS } from "../../factories/programme-form";

const ID1 = "7d0c3c56-2f6a-4d0e-9a57-1f0a8f4b2c01";
const ID2 = "7d0c3c56-2f6a-4d0e-9a57-1f0a8f4b2c02";

const programme = {
  ...PROGRAMME_FORM_FIELDS,
  conditionTags: ["back", "pain"],
  criterionKey: ["new-1", "new-2"],
  criterionText: ["Lænderygsmerter", "Kan deltage"],
  criterionRequired: ["new-1"],
};

describe("programme schema", () => {
  it("turns the parallel checklist arrays into criteria and parses Danish decimals", () => {
    const r = parseWith(ZCreateProgramme, programme);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.hoursPerWeek).toBe(2.5);
    expect(r.data.rollingAdmission).toBe(false);
    expect(r.data.criteria).toEqual([
      { id: null, text: "Lænderygsmerter", required: true },
      { id: null, text: "Kan deltage", required: false },
    ]);
  });

  it("puts an empty criterion's error on that row", () => {
    const r = parseWith(ZCreateProgramme, { ...programme, criterionText: ["Lænderygsmerter", "  "] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors["criterionText.1"]).toEqual(["errors.required"]);
  });

  it("refuses unknown condition tags and mismatched checklist arrays", () => {
    expect(parseWith(ZCreateProgramme, { ...programme, conditionTags: ["elbow"] }).ok).toBe(false);
    expect(parseWith(ZCreateProgramme, { ...programme, criterionKey: ["new-1"] }).ok).toBe(false);
    expect(parseWith(ZCreateProgramme, { ...programme, criterionRequired: ["new-9"] }).ok).toBe(false);
  });
});

describe("referral schema", () => {
  const base = {
    caseId: ID1,
    programmeId: ID2,
    reason: "Lænderygsmerter, ønsker at vende tilbage som lagermedarbejder",
    criterionIds: [ID1, ID2],
  };

  it("collects the answer.<id> radios into answers", () => {
    const r = parseWith(ZCreateReferral, { ...base, [`answer.${ID1}`]: "YES", [`answer.${ID2}`]: "UNKNOWN" });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data.answers).toEqual({ [ID1]: "YES", [ID2]: "UNKNOWN" });
  });

  it("an unanswered item gets its own error", () => {
    const r = parseWith(ZCreateReferral, { ...base, [`answer.${ID1}`]: "YES" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors[`answers.${ID2}`]).toEqual(["referrals.errors.answerRequired"]);
  });

  it("requires a reason", () => {
    const r = parseWith(ZCreateReferral, { ...base, reason: "", [`answer.${ID1}`]: "YES", [`answer.${ID2}`]: "YES" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors.reason).toBeDefined();
  });
});

describe("transition schema", () => {
  it("requires a reason to reject, drop or return, not to accept", () => {
    expect(parseWith(ZTransitionReferral, { referralId: ID1, version: "1", action: "accept" }).ok).toBe(true);
    for (const action of ["reject", "drop", "return"]) {
      const r = parseWith(ZTransitionReferral, { referralId: ID1, version: "1", action, reason: "" });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.fieldErrors.reason).toEqual(["errors.reasonRequired"]);
    }
  });

  it("refuses unknown actions", () => {
    expect(parseWith(ZTransitionReferral, { referralId: ID1, version: "1", action: "teleport" }).ok).toBe(false);
  });
});
