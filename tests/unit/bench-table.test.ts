// The benchmark's table formatting and ratios (tests/bench/table.ts), with hand-made measurements.
import { describe, expect, it } from "vitest";
import { floorRatio, formatRow, formatTable, rowErrors, sqlRatio, type BenchRow } from "../bench/table";

const http = (p50: number, rps: number, extra: Partial<{ errors: number; non2xx: number; kb: number }> = {}) => ({
  n: 100,
  p50,
  p95: p50 * 2,
  p99: p50 * 3,
  rps,
  errors: extra.errors ?? 0,
  non2xx: extra.non2xx ?? 0,
  kb: extra.kb ?? 1,
});

const floor: BenchRow = { name: "/healthz (floor)", c1: http(1, 800), c50: http(20, 2000), sql: { n: 10, p50: 0.2, p95: 0.4, p99: 0.5 } };
const page: BenchRow = {
  name: "My cases",
  c1: http(30, 30),
  c10: http(200, 45, { non2xx: 2 }),
  c50: http(900, 50, { errors: 1, kb: 58.25 }),
  open: { rate: 50, result: http(40, 48) },
  sql: { n: 10, p50: 6, p95: 9, p99: 12 },
  jsGzKb: 143.4,
};

describe("benchmark table", () => {
  it("page/floor is the throughput at 50 connections over the floor's", () => {
    expect(floorRatio(page, floor)).toBeCloseTo(50 / 2000, 10);
    expect(floorRatio({ name: "x", c1: http(1, 1) }, floor)).toBeNull();
  });

  it("page/SQL is p50 at one connection over the SQL p50, else p95 at 10 connections over the SQL p95", () => {
    expect(sqlRatio(page)).toBe(5);
    expect(sqlRatio({ name: "dashboard", c10: http(50, 20), sql: { n: 5, p50: 10, p95: 20, p99: 30 } })).toBe(5);
    expect(sqlRatio({ name: "no sql", c1: http(5, 5) })).toBeNull();
    // Nothing answered in time: no ratio rather than NaN.
    expect(sqlRatio({ name: "none", c1: { ...http(NaN, 0), n: 0 }, sql: { n: 5, p50: 1, p95: 2, p99: 2 } })).toBeNull();
  });

  it("counts errors and non-2xx over all measurements of a row", () => {
    expect(rowErrors(page)).toBe(3);
    expect(rowErrors(floor)).toBe(0);
  });

  it("formats one markdown line per row, with – for what was not measured", () => {
    expect(formatRow(page, floor)).toBe(
      "| My cases | 30 / 60 / 90 | 200 / 400 / 600 | 900 / 1800 / 2700 | 30 / 45 / 50 | 80 (50) | 3 / 400 | 1.0 | 6.0 / 9.0 | 0.03 | 5.0 | 143 |",
    );
    expect(formatRow({ name: "XLSX export", single: { n: 3, p50: 120, p95: 150, p99: 150 } }, floor)).toBe(
      "| XLSX export | 120 / 150 / 150 (one at a time) | – | – | – | – | – | – | – | – | – | – |",
    );
  });

  it("the table finds the floor row by name and sums the errors", () => {
    const t = formatTable(["# header"], [floor, page]);
    expect(t.split("\n")[0]).toBe("# header");
    expect(t).toContain("| /healthz (floor) | 1.0 / 2.0 / 3.0 |");
    expect(t).toContain("| 0.03 | 5.0 | 143 |");
    // Answers: 100 per measurement (hand-made), floor 2 measurements + page 4.
    expect(t.trim().endsWith("Errors and non-2xx answers in total: 3 of 600 answers.")).toBe(true);
  });
});
