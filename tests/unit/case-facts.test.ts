// The case facts both the jobcenter's case page and the health center's read-only view show
// (app/(app)/cases/_components/case-facts.ts): partial hours and the closing only where set.
import { describe, expect, it } from "vitest";
import { caseFactItems, type CaseFacts } from "@/app/(app)/cases/_components/case-facts";
import { translatorFor } from "@/lib/i18n/server";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const open: CaseFacts = {
  firstAbsenceDay: day("2026-09-01"),
  today: day("2026-10-13"),
  diagnosisGroup: "MUSCULOSKELETAL",
  diagnosisDetail: null,
  status: "ACTIVE",
  partialHoursPerWeek: null,
  closedOn: null,
  closingReason: null,
};

describe("caseFactItems", () => {
  it("an open case: the five facts, no partial hours or closing", () => {
    const t = translatorFor("en");
    const items = caseFactItems(t, "en", open);
    expect(items.map((i) => i.term)).toEqual([
      t("cases.facts.firstAbsenceDay"),
      t("cases.facts.caseAge"),
      t("cases.facts.diagnosisGroup"),
      t("cases.facts.diagnosisDetail"),
      t("cases.facts.status"),
    ]);
    expect(items[1]!.value).toBe(t("cases.weeks", { count: 6 }));
    expect(items[3]!.value).toBeNull();
  });

  it("a partial return shows its hours; a closed case its day and reason", () => {
    const t = translatorFor("da");
    const partial = caseFactItems(t, "da", { ...open, status: "PARTIAL_RETURN", partialHoursPerWeek: 15.5 });
    expect(partial.at(-1)).toEqual({ term: t("cases.facts.partialHours"), value: "15,5" });
    const closed = caseFactItems(t, "da", { ...open, status: "CLOSED", closedOn: day("2026-10-10"), closingReason: "MOVED" });
    expect(closed.slice(5)).toEqual([
      { term: t("cases.facts.closedOn"), value: expect.any(String) },
      { term: t("cases.facts.closingReason"), value: t("cases.closingReason.MOVED") },
    ]);
    expect(closed).toHaveLength(7);
  });
});
