// Danish time in one place (lib/time.ts, ADR 0008): instants ↔ Danish calendar days and
// datetime-local values, across summer time.
import { describe, expect, it } from "vitest";
import {
  addDays,
  danishDayOf,
  danishLocalToInstant,
  danishOffsetMinutes,
  daysBetween,
  instantToDanishLocal,
  isLocalDateTime,
  isoDay,
  parseIsoDay,
  startOfDanishDay,
  todayInDenmark,
  utcDay,
} from "@/lib/time";

const at = (iso: string) => new Date(iso);

describe("the Danish calendar day of an instant", () => {
  it("is the next UTC day from 23:00 UTC in winter and from 22:00 UTC in summer", () => {
    expect(isoDay(danishDayOf(at("2026-02-28T22:59:00Z")))).toBe("2026-02-28");
    expect(isoDay(danishDayOf(at("2026-02-28T23:30:00Z")))).toBe("2026-03-01");
    expect(isoDay(danishDayOf(at("2026-06-14T21:59:00Z")))).toBe("2026-06-14");
    expect(isoDay(danishDayOf(at("2026-06-14T23:30:00Z")))).toBe("2026-06-15");
    expect(todayInDenmark(at("2026-12-31T23:15:00Z"))).toEqual(utcDay(2027, 1, 1));
  });

  it("begins at the instant startOfDanishDay gives, summer and winter", () => {
    expect(startOfDanishDay(utcDay(2026, 3, 1)).toISOString()).toBe("2026-02-28T23:00:00.000Z");
    expect(startOfDanishDay(utcDay(2026, 6, 15)).toISOString()).toBe("2026-06-14T22:00:00.000Z");
    // The day summer time starts begins in winter time.
    expect(startOfDanishDay(utcDay(2026, 3, 29)).toISOString()).toBe("2026-03-28T23:00:00.000Z");
  });
});

describe("datetime-local values are Danish wall-clock time", () => {
  it("reads them across daylight saving", () => {
    expect(danishLocalToInstant("2026-07-01T10:00").toISOString()).toBe("2026-07-01T08:00:00.000Z");
    expect(danishLocalToInstant("2026-12-01T10:00").toISOString()).toBe("2026-12-01T09:00:00.000Z");
    expect(danishOffsetMinutes(at("2026-07-01T08:00:00Z"))).toBe(120);
    expect(danishOffsetMinutes(at("2026-12-01T09:00:00Z"))).toBe(60);
  });

  it("moves the skipped hour forward and reads the repeated hour as winter time", () => {
    // 29 March 2026: 02:00 → 03:00. 02:30 does not exist; it is read as 03:30 summer time.
    expect(danishLocalToInstant("2026-03-29T02:30").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    // 25 October 2026: 03:00 → 02:00. 02:30 happens twice; the second (winter) one is meant.
    expect(danishLocalToInstant("2026-10-25T02:30").toISOString()).toBe("2026-10-25T01:30:00.000Z");
  });

  it("writes instants back as the same wall-clock value", () => {
    for (const local of ["2026-01-15T00:30", "2026-06-15T01:30", "2026-10-25T23:59", "2028-02-29T12:00"]) {
      expect(instantToDanishLocal(danishLocalToInstant(local))).toBe(local);
    }
    expect(instantToDanishLocal(null)).toBe("");
  });

  it("refuses values that are not real dates and times", () => {
    for (const bad of ["2026-02-30T10:00", "2026-02-28T24:00", "2026-02-28T10:60", "2026-02-28 10:00", "1899-12-31T10:00", ""]) {
      expect(isLocalDateTime(bad)).toBe(false);
      expect(() => danishLocalToInstant(bad)).toThrow(RangeError);
    }
  });
});

describe("day values", () => {
  it("parse only real calendar dates between 1900 and 2100", () => {
    expect(parseIsoDay("2028-02-29")).toEqual(utcDay(2028, 2, 29));
    expect(parseIsoDay("2026-02-29")).toBeNull();
    expect(parseIsoDay("2101-01-01")).toBeNull();
    expect(parseIsoDay("26-01-01")).toBeNull();
    expect(isoDay(utcDay(2026, 1, 5))).toBe("2026-01-05");
  });

  it("add and count calendar days, also across the change to summer time", () => {
    expect(addDays(utcDay(2026, 3, 28), 2)).toEqual(utcDay(2026, 3, 30));
    expect(daysBetween(utcDay(2026, 3, 1), utcDay(2026, 4, 1))).toBe(31);
  });
});
