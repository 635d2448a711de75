// A key-figure target as the targets page fills its field (fix14 item 2): whatever the UI language,
// the value written there is read back by the target's parser as the same number (a round trip), so
// saving it unchanged never stores another target; and a count target is a whole number.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { targetInputValue } from "@/lib/kpi/present";
import { FIGURE_KEYS, figureUnit } from "@/lib/kpi/figures";
import { readTarget, TARGET_RANGE, ZSetKeyFigureTarget } from "@/lib/validation/kpi";

const COUNT = FIGURE_KEYS.find((k) => figureUnit(k) === "count")!;
const PERCENT = FIGURE_KEYS.find((k) => figureUnit(k) === "percent")!;

describe("readTarget", () => {
  it("a count is a whole number: decimals are refused, a grouped number is thousands", () => {
    for (const v of ["12,1250", "1,5", "0,5", "18.5", "1.250,75"])
      expect(readTarget(COUNT, v), v).toEqual({ ok: false, error: "notANumber" });
    expect(readTarget(COUNT, "12.125")).toEqual({ ok: true, value: 12125 });
    expect(readTarget(COUNT, "12,0")).toEqual({ ok: true, value: 12 });
  });

  it("the form says a count must be whole when a valid number is not (walk11), and 'invalid' for what is no number", () => {
    const message = (figure: string, value: string) =>
      ZSetKeyFigureTarget.safeParse({ figure, value, version: "" }).error?.issues[0]?.message;
    for (const v of ["12,5", "12,1250", "1.250,75"]) expect(message(COUNT, v), v).toBe("errors.wholeNumber");
    expect(message(COUNT, "tolv")).toBe("errors.invalidNumber");
    expect(message(COUNT, "1.5000")).toBe("errors.wholeNumberUnclear");
    expect(message(COUNT, "12")).toBeUndefined();
    expect(message(PERCENT, "12,5")).toBeUndefined();
  });

  it("a per cent keeps its decimals", () => {
    expect(readTarget(PERCENT, "12,1250")).toEqual({ ok: true, value: 12.125 });
    expect(readTarget(PERCENT, "1,5")).toEqual({ ok: true, value: 1.5 });
    expect(readTarget(PERCENT, "12.125")).toEqual({ ok: false, error: "unclear" });
  });
});

describe("targetInputValue", () => {
  it("writes the UI language's way where that reads back", () => {
    expect(targetInputValue(PERCENT, 12.5, "da")).toBe("12,5");
    expect(targetInputValue(PERCENT, 12.5, "en")).toBe("12.5");
    expect(targetInputValue(COUNT, 12125, "da")).toBe("12125");
    expect(targetInputValue(COUNT, 12125, "en")).toBe("12125");
    expect(targetInputValue(COUNT, 1_000_000, "en")).toBe("1000000");
  });

  it("writes the Danish way where the UI language's would be read otherwise", () => {
    // English "12.125" would be unclear as a per cent; Danish "12,125" too (English twelve thousand …).
    expect(targetInputValue(PERCENT, 12.125, "en")).toBe("12,1250");
    expect(targetInputValue(PERCENT, 12.125, "da")).toBe("12,1250");
    expect(targetInputValue(PERCENT, 0.125, "en")).toBe("0,125");
  });

  it("property: every target in its figure's range is read back as the same number, in both languages", () => {
    const target = fc.constantFrom(...FIGURE_KEYS).chain((figure) => {
      const [min, max] = TARGET_RANGE[figureUnit(figure)];
      const value =
        figureUnit(figure) === "count"
          ? fc.integer({ min, max })
          : fc.oneof(
              fc.integer({ min: min * 1000, max: max * 1000 }).map((n) => n / 1000),
              fc.integer({ min, max }),
            );
      return fc.tuple(fc.constant(figure), value, fc.constantFrom("da" as const, "en" as const));
    });
    fc.assert(
      fc.property(target, ([figure, value, locale]) => {
        const shown = targetInputValue(figure, value, locale);
        expect(readTarget(figure, shown), `${figure} ${locale} "${shown}"`).toEqual({ ok: true, value });
      }),
      { numRuns: 2000 },
    );
  });
});
