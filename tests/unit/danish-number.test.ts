// Numbers as people type them (walk9 item 1): "15.000" kr. is fifteen thousand, not fifteen.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseDanishNumber } from "@/lib/validation/number";
import { decimalInRange, intInRange } from "@/lib/validation/fields";
import { parseWith } from "@/lib/validation/form";
import { ZRequestAid } from "@/lib/validation/rtw";
import { errors as daErrors } from "@/lib/i18n/messages/da/errors";
import { errors as enErrors } from "@/lib/i18n/messages/en/errors";
import { randomUUID } from "node:crypto";

describe("parseDanishNumber", () => {
  it.each([
    ["15000", 15000],
    ["15.000", 15000],
    ["15 000", 15000],
    ["15\u00a0000", 15000],
    ["1.250.000", 1_250_000],
    ["1 250 000", 1_250_000],
    ["18,5", 18.5],
    ["1.250,75", 1250.75],
    ["0,125", 0.125],
    ["18.5", 18.5],
    ["37.25", 37.25],
    ["-1.234", -1234],
    [" 4500 ", 4500],
  ])("integer field: %j → %d", (input, value) => {
    expect(parseDanishNumber(input, "integer")).toEqual({ ok: true, value });
  });

  it.each([
    ["18,5", 18.5],
    ["18.5", 18.5],
    ["1.250,75", 1250.75],
    ["1.250.000", 1_250_000],
    ["15 000", 15000],
    ["0,5", 0.5],
  ])("decimal field: %j → %d", (input, value) => {
    expect(parseDanishNumber(input, "decimal")).toEqual({ ok: true, value });
  });

  it.each(["1.5000", "1,000.5", "15.00.0", "15,000", "1,250,000", "1.25.000", "0.500", "18.555.5", "1,5,0", ".5", "5."])(
    "%j is unclear and refused, never guessed",
    (input) => {
      expect(parseDanishNumber(input, "integer")).toEqual({ ok: false, error: "unclear" });
      expect(parseDanishNumber(input, "decimal")).toEqual({ ok: false, error: "unclear" });
    },
  );

  it("a dot followed by exactly three digits is a thousands separator in a whole-number field, unclear in a decimal field", () => {
    expect(parseDanishNumber("15.000", "integer")).toEqual({ ok: true, value: 15000 });
    expect(parseDanishNumber("15.000", "decimal")).toEqual({ ok: false, error: "unclear" });
    expect(parseDanishNumber("1.500", "decimal")).toEqual({ ok: false, error: "unclear" });
  });

  it.each(["abc", "1e9", "Infinity", "NaN", "0x10", "--1", "15 kr.", "-"])("%j is not a number", (input) => {
    expect(parseDanishNumber(input, "integer")).toEqual({ ok: false, error: "notANumber" });
  });

  it("reads back what Intl.NumberFormat('da-DK') writes", () => {
    const whole = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 0 });
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), (n) => {
        expect(parseDanishNumber(whole.format(n), "integer")).toEqual({ ok: true, value: n === 0 ? 0 : n });
      }),
    );
    // With decimals: the same number, except a whole number 1.000–999.999 in a decimal field ("15.000":
    // 15 or 15000?), which is refused as unclear — never read as another number.
    const decimals = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 4 });
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), fc.constantFrom(1, 10, 100, 10_000), (units, scale) => {
        const n = units / scale;
        const r = parseDanishNumber(decimals.format(n), "decimal");
        if (Number.isInteger(n) && Math.abs(n) >= 1000 && Math.abs(n) < 1_000_000) expect(r).toEqual({ ok: false, error: "unclear" });
        else expect(r).toEqual({ ok: true, value: n === 0 ? 0 : n });
      }),
    );
  });

  it("never reads a string as a number the plain digits do not hold (no separator is dropped into the value)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?[\d., ]{1,12}$/), fc.constantFrom("integer" as const, "decimal" as const), (s, kind) => {
        const r = parseDanishNumber(s, kind);
        if (!r.ok) return;
        // The digits of the value (without a decimal part's trailing zeros) appear in the same order in the input.
        const inputDigits = s.replace(/\D/g, "").replace(/^0+/, "");
        const valueDigits = Math.abs(r.value).toString().replace(".", "").replace(/^0+/, "");
        expect(inputDigits.startsWith(valueDigits) && /^0*$/.test(inputDigits.slice(valueDigits.length))).toBe(true);
      }),
    );
  });
});

describe("number fields", () => {
  const schema = z.object({ amount: intInRange(1, 10_000_000), hours: decimalInRange(0, 37) });

  it("take Danish thousands separators and decimal commas", () => {
    expect(parseWith(schema, { amount: "15.000", hours: "18,5" })).toEqual({ ok: true, data: { amount: 15000, hours: 18.5 } });
    expect(parseWith(schema, { amount: "1.250.000", hours: "37.0" })).toEqual({ ok: true, data: { amount: 1_250_000, hours: 37 } });
  });

  it("refuse an unclear number with a message that says how to write it", () => {
    expect(parseWith(schema, { amount: "15,000", hours: "1.500" })).toEqual({
      ok: false,
      fieldErrors: { amount: ["errors.wholeNumberUnclear"], hours: ["errors.numberUnclear"] },
    });
    expect(parseWith(schema, { amount: "abc", hours: "" })).toEqual({
      ok: false,
      fieldErrors: { amount: ["errors.invalidNumber"], hours: ["errors.required"] },
    });
    // A valid number that is not whole, in a whole-number field: says so (fix16 item 5), not "not a valid number".
    expect(parseWith(schema, { amount: "15,5", hours: "38" })).toEqual({
      ok: false,
      fieldErrors: { amount: ["errors.wholeNumber"], hours: ["errors.numberTooLarge"] },
    });
  });
});

describe("a valid number that is not whole, in a whole-number field (fix16 item 5)", () => {
  it('the RTW aid amount "1.250,75" asks for whole kroner, naming the unit', () => {
    const r = parseWith(ZRequestAid, { caseId: randomUUID(), item: "Hæve-sænkebord", amountDkk: "1.250,75" });
    expect(r).toEqual({ ok: false, fieldErrors: { amountDkk: ["errors.wholeKroner"] } });
  });

  it("each whole-number field names its unit: kroner, weeks, days, months, or a plain whole number", () => {
    const fields = z.object({
      kr: intInRange(0, 1_000_000, "kroner"),
      weeks: intInRange(1, 104, "weeks"),
      days: intInRange(1, 365, "days"),
      months: intInRange(1, 24, "months"),
      count: intInRange(1, 10),
    });
    expect(parseWith(fields, { kr: "99,5", weeks: "2,5", days: "1.5", months: "3,25", count: "2,5" })).toEqual({
      ok: false,
      fieldErrors: {
        kr: ["errors.wholeKroner"],
        weeks: ["errors.wholeWeeks"],
        days: ["errors.wholeDays"],
        months: ["errors.wholeMonths"],
        count: ["errors.wholeNumber"],
      },
    });
    for (const key of ["wholeNumber", "wholeKroner", "wholeWeeks", "wholeMonths", "wholeDays"] as const) {
      expect(daErrors[key]).toMatch(/^Skriv et helt /);
      expect(enErrors[key]).toMatch(/^Enter a whole number/);
    }
  });

  it("property: any valid amount with decimals as a Danish user writes it asks for whole kroner; a whole amount is taken", () => {
    const da = new Intl.NumberFormat("da-DK", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const whole = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 0 });
    const schema = z.object({ amount: intInRange(1, 10_000_000, "kroner") });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_998 }), fc.integer({ min: 1, max: 99 }), (kr, ore) => {
        const typed = da.format(kr + ore / 100);
        expect(parseWith(schema, { amount: typed })).toEqual({ ok: false, fieldErrors: { amount: ["errors.wholeKroner"] } });
        expect(parseWith(schema, { amount: whole.format(kr) })).toEqual({ ok: true, data: { amount: kr } });
      }),
    );
  });
});
