// formatDay shows a day value (UTC midnight, @db.Date) as its own day and an instant as the Danish
// day it happened on (walk7 item 3: an instant at 00:50 Danish time showed the day before).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatDay } from "@/lib/format";
import { addDays, isoDay, utcDay } from "@/lib/time";

describe("formatDay", () => {
  it("an instant just after Danish midnight is that Danish day, in winter and in summer", () => {
    expect(formatDay(new Date("2026-11-30T23:50:00Z"), "da")).toBe("01.12.2026"); // 00:50 CET
    expect(formatDay(new Date("2026-11-30T22:59:00Z"), "da")).toBe("30.11.2026"); // 23:59 CET
    expect(formatDay(new Date("2026-06-30T22:30:00Z"), "en")).toBe("01/07/2026"); // 00:30 CEST
    expect(formatDay(new Date("2026-06-30T21:59:00Z"), "da")).toBe("30.06.2026"); // 23:59 CEST
  });

  it("a day value (UTC midnight) is always its own day, 1900–2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 73_000 }), (n) => {
        const day = addDays(utcDay(1900, 1, 1), n);
        const [y, m, d] = isoDay(day).split("-");
        expect(formatDay(day, "da")).toBe(`${d}.${m}.${y}`);
      }),
      { numRuns: 2000 },
    );
  });
});
