// Issue 8 items 4 and 5: text is NFC and clean, names are visible letters, CPR accepts pasted dashes
// and refuses a birth date in the future.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cprDigits, parseCpr } from "@/lib/validation/cpr";
import { cprField, optionalText, personNameField, requiredText, searchText } from "@/lib/validation/fields";
import { ZCreateCitizen, ZSearchCitizens } from "@/lib/validation/citizens";
import { ZMyCasesQuery } from "@/lib/validation/cases";
import { utcDay } from "@/lib/time";
import { badUnicodeName, badUnicodeText } from "../factories/unicode";

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message) ?? [];

describe("CPR entry accepts the dashes people paste (item 5)", () => {
  it.each([
    ["120388-1437", "hyphen-minus"],
    ["120388\u20131437", "en dash (120388–1437)"],
    ["120388\u20141437", "em dash"],
    ["120388\u22121437", "minus sign"],
    ["120388\u20111437", "non-breaking hyphen"],
    ["120388\u20101437", "hyphen"],
    ["120388\u00a01437", "no-break space"],
    ["120388 \u2013 1437", "spaced en dash"],
    ["１２０３８８－１４３７", "full-width digits and hyphen"],
  ])("%j (%s) → 1203881437", (input) => {
    expect(cprDigits(input)).toBe("1203881437");
    const r = parseCpr(input);
    expect(r.ok && r.cpr).toBe("1203881437");
    expect(cprField.parse(input)).toBe("1203881437");
  });

  it("refuses a birth date in the future against the given day (010130-4000 → born 2030)", () => {
    const today = utcDay(2026, 11, 30);
    expect(parseCpr("010130-4000", today)).toEqual({ ok: false, error: "future" });
    expect(parseCpr("301126-4000", today).ok).toBe(true); // born today
    expect(parseCpr("011226-4000", today)).toEqual({ ok: false, error: "future" }); // tomorrow
    expect(parseCpr("010130-4000").ok).toBe(true); // without a day: only format and date
    expect(parseCpr("010130-1000", today).ok).toBe(true); // 7th digit 1 → 1930
  });

  it("the CPR field refuses a future birth date with its own message", () => {
    expect(messages(cprField.safeParse("010130\u20134000"))).toEqual(["errors.cprFuture"]);
    expect(messages(cprField.safeParse("3102701234"))).toEqual(["errors.cprDate"]);
    expect(messages(cprField.safeParse("12345"))).toEqual(["errors.cprFormat"]);
  });
});

describe("text is NFC-normalised and clean (item 4)", () => {
  const decomposed = "A\u030askov"; // A + combining ring above

  it("normalises every text field to NFC", () => {
    expect(requiredText(100).parse(` ${decomposed} `)).toBe("Åskov");
    expect(optionalText(100).parse(decomposed)).toBe("Åskov");
    expect(personNameField(100).parse(decomposed)).toBe("Åskov");
    expect(ZSearchCitizens.parse({ q: decomposed }).q).toBe("Åskov");
    expect(ZMyCasesQuery.parse({ q: decomposed }).q).toBe("Åskov");
  });

  it("keeps line breaks and tabs in free text but refuses control and direction-override characters", () => {
    expect(requiredText(100).parse("første linje\nanden\tlinje")).toBe("første linje\nanden\tlinje");
    for (const s of ["a\u0000b", "a\u0007b", "a\u001bb", "a\u007fb", "a\u0085b", "abc\u202Edef", "x\u2066y"]) {
      expect(messages(requiredText(100).safeParse(s))).toContain("errors.controlCharacters");
      expect(messages(optionalText(100).safeParse(s))).toContain("errors.controlCharacters");
    }
  });

  it("refuses text with nothing visible", () => {
    expect(messages(requiredText(100).safeParse("\u200b\u200b"))).toContain("errors.required");
  });

  it("a name needs a letter and no invisible or direction-changing characters", () => {
    expect(personNameField(100).parse("Ærø-Hansen")).toBe("Ærø-Hansen");
    expect(personNameField(100).parse("O'Brien")).toBe("O'Brien");
    expect(messages(personNameField(100).safeParse("12345"))).toContain("errors.nameLetters");
    expect(messages(personNameField(100).safeParse("An\u200bna"))).toContain("errors.nameCharacters");
    expect(messages(personNameField(100).safeParse("Anna\u202eBerg"))).not.toHaveLength(0);
    expect(messages(personNameField(100).safeParse("Anna\nBerg"))).toContain("errors.nameCharacters");
  });

  it("a search with a NUL byte is a field error, not a database error", () => {
    expect(messages(ZSearchCitizens.safeParse({ q: "Berg\u0000" }))).toEqual(["errors.controlCharacters"]);
    expect(messages(searchText().safeParse("\u0000"))).toEqual(["errors.controlCharacters"]);
    expect(ZSearchCitizens.parse({ q: "   " }).q).toBeUndefined();
  });

  it("the shared Unicode generators produce only text the name fields refuse", () => {
    fc.assert(
      fc.property(badUnicodeName(100), (v) => {
        expect(personNameField(100).safeParse(v).success).toBe(false);
        expect(ZCreateCitizen.shape.lastName.safeParse(v).success).toBe(false);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(badUnicodeText(200), (v) => {
        expect(requiredText(200).safeParse(v).success).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
