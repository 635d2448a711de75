// What a correction records: only changed fields, JSON-ready values, lists compared as sets.
import { describe, expect, it } from "vitest";
import { creationValues, diffValues, historyValue } from "@/lib/domain/history/diff";

describe("correction history values", () => {
  it("stores days as YYYY-MM-DD, instants as ISO, decimals as numbers", () => {
    const d = new Date("2026-03-10T00:00:00Z");
    expect(historyValue(d, "day")).toBe("2026-03-10");
    expect(historyValue(new Date("2026-03-10T09:30:00Z"), "instant")).toBe("2026-03-10T09:30:00.000Z");
    expect(historyValue({ toNumber: () => 18.5 })).toBe(18.5);
    expect(historyValue(undefined)).toBeNull();
  });

  it("records only the fields that changed, old → new", () => {
    expect(diffValues({ a: "x", b: 1, c: null }, { a: "x", b: 2, c: "ny" })).toEqual({
      b: { from: 1, to: 2 },
      c: { from: null, to: "ny" },
    });
  });

  it("compares lists regardless of order", () => {
    expect(diffValues({ p: ["CITIZEN", "GP"] }, { p: ["GP", "CITIZEN"] })).toEqual({});
    expect(diffValues({ p: ["CITIZEN"] }, { p: ["CITIZEN", "GP"] })).toEqual({ p: { from: ["CITIZEN"], to: ["CITIZEN", "GP"] } });
  });

  it("leaves empty values out of a creation entry", () => {
    expect(creationValues({ a: "x", b: null, c: [] })).toEqual({ a: { from: null, to: "x" } });
  });
});
