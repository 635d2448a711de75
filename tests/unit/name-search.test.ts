// The pure part of the citizen name search (ADR 0024): the words, their lower-case forms on every
// server locale, the patterns for short and long words, and when matches are read and sorted.
import { describe, expect, it } from "vitest";
import { cLocaleSearchKey, nameWords, nameWordVariants, nameWordWhere, prefersIndexedMatches } from "@/lib/domain/citizens/name-search";

describe("name search words", () => {
  it("splits on white space, NFC, at most 5 words", () => {
    expect(nameWords("  A\u030askov   karen ")).toEqual(["Åskov", "karen"]);
    expect(nameWords("a b c d e f g")).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("folds like the database: ASCII and Latin-1 capitals on a C-locale server, everything with toLowerCase", () => {
    expect(cLocaleSearchKey("ÆRTEBJØRN Åskov ÉLISE ×")).toBe("ærtebjørn åskov élise ×");
    expect(cLocaleSearchKey("Łukasz")).toBe("Łukasz");
    expect(nameWordVariants("ØSTERGÅRD")).toEqual(["østergård"]);
    expect(nameWordVariants("Łukasz")).toEqual(["łukasz", "Łukasz"]);
  });

  it("3+ characters: a substring anywhere; 1–2: the start of a name part", () => {
    expect(nameWordWhere("Jens")).toEqual({ nameSearch: { contains: "jens" } });
    expect(nameWordWhere("Bo")).toEqual({
      OR: [{ nameSearch: { startsWith: "bo" } }, { nameSearch: { contains: " bo" } }, { nameSearch: { contains: "-bo" } }],
    });
    expect(nameWordWhere("Łuk")).toEqual({ OR: [{ nameSearch: { contains: "łuk" } }, { nameSearch: { contains: "Łuk" } }] });
    // "Å" + combining ring is two code units but one NFC character: short after nameWords.
    expect(nameWordWhere(nameWords("A\u030a")[0]!)).toHaveProperty("OR.0.nameSearch.startsWith", "å");
  });

  it("matches are read and sorted when a word has 4 or more characters, or two words 3 or more", () => {
    expect(prefersIndexedMatches(["bo", "sen"])).toBe(false);
    expect(prefersIndexedMatches(["sen"])).toBe(false);
    expect(prefersIndexedMatches(["ida", "bak"])).toBe(true);
    expect(prefersIndexedMatches(["bo", "jens"])).toBe(true);
    expect(prefersIndexedMatches(["æøåæ"])).toBe(true);
  });
});
