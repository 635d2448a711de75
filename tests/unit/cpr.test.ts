import { describe, expect, it } from "vitest";
import { formatCpr, fullYear, isPartialCprSearch, maskCpr, parseCpr } from "@/lib/validation/cpr";
import { cprBlindIndex, decryptCpr, encryptCpr } from "@/lib/crypto/cpr";

describe("CPR parsing", () => {
  it.each([
    ["0101701234", 1970, "0-3 → 1900s"],
    ["010170-1234", 1970, "with dash"],
    [" 010170 1234 ", 1970, "with spaces"],
    ["0101204234", 2020, "4, 00–36 → 2000s"],
    ["0101504234", 1950, "4, 37–99 → 1900s"],
    ["0101309234", 2030, "9, 00–36 → 2000s"],
    ["0101909234", 1990, "9, 37–99 → 1900s"],
    ["0101105234", 2010, "5–8, 00–57 → 2000s"],
    ["0101608234", 1860, "5–8, 58–99 → 1800s"],
  ])("%s is born in %i (%s)", (input, year) => {
    const r = parseCpr(input);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.birthDate.getUTCFullYear()).toBe(year);
  });

  it("accepts numbers that fail modulus 11 (issued since 2007)", () => {
    expect(parseCpr("0101701235").ok).toBe(true);
  });

  it.each([["12345"], ["01017012345"], ["abcdefghij"], ["0101-70-1234x"], [""]])("refuses malformed %j", (input) => {
    expect(parseCpr(input)).toEqual({ ok: false, error: "format" });
  });

  it.each([["3102701234"], ["0013701234"], ["0000701234"], ["2902011234"], ["3104701234"]])("refuses impossible date %s", (input) => {
    expect(parseCpr(input)).toEqual({ ok: false, error: "date" });
  });

  it("decides 29 February by the century from the 7th digit", () => {
    expect(parseCpr("2902004000").ok).toBe(true); // 2000 (digit 4) is a leap year
    expect(parseCpr("2902000000")).toEqual({ ok: false, error: "date" }); // 1900 is not
  });

  it("masks and formats", () => {
    expect(maskCpr("0101701234")).toBe("010170-xxxx");
    expect(formatCpr("0101701234")).toBe("010170-1234");
    expect(fullYear(36, 4)).toBe(2036);
    expect(fullYear(37, 4)).toBe(1937);
  });
});

describe("CPR at rest", () => {
  it("round-trips through AES-256-GCM with a fresh IV each time", () => {
    const a = encryptCpr("0101701234");
    const b = encryptCpr("0101701234");
    expect(a).not.toBe(b);
    expect(a).not.toContain("0101701234");
    expect(decryptCpr(a)).toBe("0101701234");
  });

  it("detects tampering with the ciphertext", () => {
    const [iv, tag, data] = encryptCpr("0101701234").split(".");
    const flipped = Buffer.from(data!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(() => decryptCpr([iv, tag, flipped.toString("base64url")].join("."))).toThrow();
  });

  it("has a stable keyed blind index", () => {
    expect(cprBlindIndex("0101701234")).toBe(cprBlindIndex("0101701234"));
    expect(cprBlindIndex("0101701234")).not.toBe(cprBlindIndex("0101701235"));
    expect(cprBlindIndex("0101701234")).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("a search that is part of a CPR number (walk9 item 5)", () => {
  it.each([
    ["240885", true],
    ["2408 85", true],
    ["240885-12", true],
    ["24088512345", true],
    ["240885-1234", false],
    ["2408851234", false],
    ["Anne", false],
    ["Anne 24", false],
    ["", false],
    [" - ", false],
  ])("%j → %s", (q, partial) => {
    expect(isPartialCprSearch(q)).toBe(partial);
  });
});
