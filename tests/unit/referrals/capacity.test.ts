import { describe, expect, it } from "vitest";
import { canStart, capacityUse, freePlaces, waitlistOrder, waitlistPosition, waitlistPositions } from "@/lib/referrals/capacity";

const at = (iso: string) => new Date(iso);

describe("capacity", () => {
  it("a referral can start only while fewer than capacity have started", () => {
    expect(canStart(10, 9)).toBe(true);
    expect(canStart(10, 10)).toBe(false);
    expect(canStart(10, 11)).toBe(false);
    expect(canStart(0, 0)).toBe(false);
  });

  it("free places never go below zero", () => {
    expect(freePlaces(12, 4)).toBe(8);
    expect(freePlaces(12, 12)).toBe(0);
    expect(freePlaces(5, 7)).toBe(0);
  });

  it("capacity use is the started share of places", () => {
    expect(capacityUse(8, 6)).toBe(0.75);
    expect(capacityUse(0, 0)).toBe(0);
  });
});

describe("wait-list ordering", () => {
  const rows = [
    { id: "c", waitlistedAt: at("2026-10-03T09:00:00Z") },
    { id: "a", waitlistedAt: at("2026-10-01T09:00:00Z") },
    { id: "b", waitlistedAt: at("2026-10-02T09:00:00Z") },
  ];

  it("orders by when the referral was wait-listed", () => {
    expect(waitlistOrder(rows).map((r) => r.id)).toEqual(["a", "b", "c"]);
  });

  it("gives 1-based positions", () => {
    expect(waitlistPosition(rows, "a")).toBe(1);
    expect(waitlistPosition(rows, "c")).toBe(3);
    expect(waitlistPosition(rows, "zzz")).toBeNull();
  });

  it("breaks ties by id so both sides see the same order", () => {
    const same = at("2026-10-01T09:00:00Z");
    const tied = [
      { id: "y", waitlistedAt: same },
      { id: "x", waitlistedAt: same },
    ];
    expect([...waitlistPositions(tied)]).toEqual([
      ["x", 1],
      ["y", 2],
    ]);
    expect([...waitlistPositions([...tied].reverse())]).toEqual([
      ["x", 1],
      ["y", 2],
    ]);
  });

  it("a row without a timestamp goes last", () => {
    expect(waitlistOrder([{ id: "n", waitlistedAt: null }, ...rows]).at(-1)!.id).toBe("n");
  });

  it("does not mutate its input", () => {
    const copy = rows.map((r) => r.id);
    waitlistOrder(rows);
    expect(rows.map((r) => r.id)).toEqual(copy);
  });

  it("positions advance when the first in the queue leaves", () => {
    const after = rows.filter((r) => r.id !== "a");
    expect(waitlistPosition(after, "b")).toBe(1);
    expect(waitlistPosition(after, "c")).toBe(2);
  });
});
