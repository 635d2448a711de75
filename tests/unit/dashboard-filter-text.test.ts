// The board dashboard's sentence over the figures and the board pack's selection line (uxfix item 2):
// grammatical, ending with a full stop, in Danish and English.
import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/server";
import { currentViewSentence, filterSummary, type FilterTextBoard } from "@/app/(app)/dashboard/_components/filter-text";

const options = {
  departments: [
    { id: "d1", name: "Jobcenter Syd" },
    { id: "d2", name: "Sundhedscenter Nord" },
  ],
  programmes: [{ id: "p1", name: "Rygskole (Syd)" }],
};
const board = (filter: Partial<FilterTextBoard["filter"]>, months = 12): FilterTextBoard => ({
  filter: { departmentId: "", diagnosisGroup: "", programmeId: "", ...filter },
  options,
  months: Array.from({ length: months }, (_, i) => i),
});

describe("dashboard filter sentence", () => {
  it("names the chosen filters in the form's order and ends with a full stop (da, en)", () => {
    const all = board({ departmentId: "d1", diagnosisGroup: "MUSCULOSKELETAL", programmeId: "p1" });
    expect(currentViewSentence(all, "oktober 2026", translatorFor("da"))).toBe(
      "Viser oktober 2026 (12 måneders udvikling). Udsnit: Jobcenter Syd, Bevægeapparat, Rygskole (Syd).",
    );
    expect(currentViewSentence(all, "October 2026", translatorFor("en"))).toBe(
      "Showing October 2026 (trend over 12 months). Selection: Jobcenter Syd, Musculoskeletal, Rygskole (Syd).",
    );
    expect(currentViewSentence(board({ programmeId: "p1" }, 24), "oktober 2026", translatorFor("da"))).toBe(
      "Viser oktober 2026 (24 måneders udvikling). Udsnit: Rygskole (Syd).",
    );
  });

  it("says that no filters are chosen in one sentence with a full stop (da, en)", () => {
    expect(currentViewSentence(board({}), "oktober 2026", translatorFor("da"))).toBe(
      "Viser oktober 2026 (12 måneders udvikling) uden filtre.",
    );
    expect(currentViewSentence(board({}), "October 2026", translatorFor("en"))).toBe(
      "Showing October 2026 (trend over 12 months) without filters.",
    );
  });

  it("every sentence ends with exactly one full stop, whatever is chosen", () => {
    for (const locale of ["da", "en"] as const) {
      for (const f of [{}, { departmentId: "d2" }, { diagnosisGroup: "MENTAL" }, { departmentId: "d1", programmeId: "p1" }]) {
        const s = currentViewSentence(board(f), "x", translatorFor(locale));
        expect(s).toMatch(/[^.]\.$/);
        expect(s).not.toMatch(/\.\s*\./);
      }
    }
  });

  it("the board pack's selection line: the filters, or 'ingen filtre' in lower case after the colon", () => {
    expect(`Udsnit: ${filterSummary(board({}), translatorFor("da"))}`).toBe("Udsnit: ingen filtre");
    expect(`Selection: ${filterSummary(board({}), translatorFor("en"))}`).toBe("Selection: no filters");
    expect(filterSummary(board({ departmentId: "d1", diagnosisGroup: "MENTAL" }), translatorFor("da"))).toBe("Jobcenter Syd, Psykisk");
  });
});
