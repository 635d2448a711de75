import { describe, expect, it } from "vitest";
import { defaultConditionTags, rankTherapists } from "@/lib/referrals/match-therapists";
import { normaliseTags, tagsForDiagnosisDetail } from "@/lib/referrals/condition-tags";

const jonas = { id: "1", name: "Jonas Lund", competenceTags: ["back", "neck", "shoulder"] };
const sofie = { id: "2", name: "Sofie Krogh", competenceTags: ["knee", "hip", "stress"] };
const anna = { id: "3", name: "Anna Berg", competenceTags: ["back", "stress"] };

describe("therapist matching", () => {
  it("ranks by number of matched condition tags and shows which matched", () => {
    const r = rankTherapists(["back", "neck"], [sofie, anna, jonas]);
    expect(r.map((m) => m.name)).toEqual(["Jonas Lund", "Anna Berg", "Sofie Krogh"]);
    expect(r[0]!.matchedTags).toEqual(["back", "neck"]);
    expect(r[0]!.score).toBe(2);
    expect(r[2]!.matchedTags).toEqual([]);
  });

  it("on equal match, the therapist with fewer active referrals comes first, then by name", () => {
    const r = rankTherapists(
      ["stress"],
      [
        { ...sofie, activeCount: 5 },
        { ...anna, activeCount: 2 },
      ],
    );
    expect(r.map((m) => m.id)).toEqual(["3", "2"]);
    const byName = rankTherapists(["stress"], [sofie, anna]);
    expect(byName.map((m) => m.name)).toEqual(["Anna Berg", "Sofie Krogh"]);
  });

  it("compares tags case-insensitively and ignores duplicates", () => {
    const r = rankTherapists(["Back", "back", " NECK "], [{ id: "9", name: "X", competenceTags: ["BACK", "neck"] }]);
    expect(r[0]!.matchedTags).toEqual(["back", "neck"]);
    expect(r[0]!.score).toBe(2);
  });

  it("returns everyone, unmatched last, when the referral has no tags", () => {
    expect(rankTherapists([], [jonas, sofie]).map((m) => m.score)).toEqual([0, 0]);
    expect(rankTherapists(["back"], [])).toEqual([]);
  });
});

describe("default condition tags of a referral", () => {
  it("maps Danish diagnosis details to tags", () => {
    expect(tagsForDiagnosisDetail("Lændesmerter")).toEqual(["back", "pain"]);
    expect(tagsForDiagnosisDetail("Diskusprolaps")).toEqual(["back"]);
    expect(tagsForDiagnosisDetail("Nakkesmerter")).toEqual(["neck", "pain"]);
    expect(tagsForDiagnosisDetail("Skulderlidelse")).toEqual(["shoulder"]);
    expect(tagsForDiagnosisDetail("Knæskade")).toEqual(["knee"]);
    expect(tagsForDiagnosisDetail("Belastningsreaktion")).toEqual(["stress"]);
    expect(tagsForDiagnosisDetail("Angst og depression")).toEqual(["depression", "anxiety"]);
    expect(tagsForDiagnosisDetail("Efter operation")).toEqual([]);
    expect(tagsForDiagnosisDetail(null)).toEqual([]);
  });

  it("combines the programme's tags with the diagnosis's, without duplicates", () => {
    expect(defaultConditionTags(["back", "pain"], "Lændesmerter")).toEqual(["back", "pain"]);
    expect(defaultConditionTags(["stress"], "Nakkesmerter")).toEqual(["stress", "neck", "pain"]);
  });

  it("normalises tags", () => {
    expect(normaliseTags([" Back", "back", "", "NECK"])).toEqual(["back", "neck"]);
  });
});
