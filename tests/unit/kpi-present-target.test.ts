// A target is shown as it was decided (walk7 item 4): 12,5 % stays "12,5 %", not the figure's own
// rounding ("13 %"); a whole target shows no decimals.
import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/server";
import { presentNumber, presentTarget } from "@/lib/kpi/present";
import { FIGURE_KEYS, figureUnit } from "@/lib/kpi/figures";

const percentKey = FIGURE_KEYS.find((k) => figureUnit(k) === "percent")!;

describe("presentTarget", () => {
  it("keeps a target's decimals where the figure rounds to whole per cent", () => {
    const da = translatorFor("da");
    expect(presentNumber(percentKey, 12.5, "da", da)).toBe("13 %");
    expect(presentTarget(percentKey, 12.5, "da", da)).toBe("12,5 %");
    expect(presentTarget(percentKey, 50, "da", da)).toBe("50 %");
    expect(presentTarget(percentKey, 12.5, "en", translatorFor("en"))).toMatch(/^12\.5\s?%$/);
  });
});
