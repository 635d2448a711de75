// The whole key-figure pipeline against ground truth: a seeded synthetic municipality
// (lib/synthetic) is written in the import format, loaded with the real import (which runs the
// deadline recompute and the key-figure refresh), and every cell the refresh stored — every
// figure, month and filter combination — must equal the generator's own count of what it
// simulated (exact numbers of partial returns, waiting times, durations …). Runs on PGlite and on
// PostgreSQL (TEST_DATABASE_URL); the dataset is smaller on the embedded database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, teardownTestDb, testDb, testDbKind } from "./support/db";
import { generateDataset, type GenerateResult } from "@/lib/synthetic/generate";
import { importFile } from "@/lib/import/import-file";
import { computeLive } from "@/lib/kpi/refresh/refresh";
import { monthKey } from "@/lib/kpi/months";
import { STAT_CELLS } from "@/lib/kpi/figures";

const AS_OF = new Date("2025-06-15T00:00:00Z");
const CASES = testDbKind() === "postgres" ? 1000 : 300;
let file: string;
let generated: GenerateResult;
let organisationId: string;

beforeAll(async () => {
  await setupTestDb();
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "samspil-gen-")), "dataset.json");
  const chunks: string[] = [];
  generated = await generateDataset({ seed: 20251, cases: CASES, years: 2, asOf: AS_OF, truth: true }, async (t) => void chunks.push(t));
  fs.writeFileSync(file, chunks.join(""));
  const r = await importFile(testDb().db, file, { today: AS_OF, now: new Date("2025-06-15T12:00:00Z") });
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 5)));
  organisationId = r.organisationId;
}, 600_000);
afterAll(async () => {
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  await teardownTestDb();
});

describe("key figures of a generated municipality equal its ground truth", () => {
  it("every stored cell (raw value and number of people) equals the generator's count, and no cell is missing or extra", async () => {
    const { db } = testDb();
    const refresh = await db.kpiRefresh.findUniqueOrThrow({ where: { organisationId } });
    const depts = new Map((await db.department.findMany({ where: { organisationId } })).map((d) => [d.id, d.name]));
    const progs = new Map((await db.programme.findMany({ where: { organisationId } })).map((p) => [p.id, p.name]));
    // The generator names departments and programmes by key; map the database ids to the same keys.
    const deptKey = (id: string) =>
      id === "" ? "" : `${depts.get(id)!.startsWith("Jobcenter") ? "jc" : "hc"}${depts.get(id)!.split(" ").at(-1)}`;
    const progKey = new Map(
      [...progs].map(([id, name]) => [
        id,
        {
          Rygskole: "rygskole",
          "Gradueret træning": "gradueret",
          Skulderforløb: "skulder",
          "Stresshåndtering og mindfulness": "stress",
          "Job og helbred": "job-helbred",
          Vandtræning: "vand",
        }[name]!,
      ]),
    );
    const stored = new Map<string, { value: number; persons: number }>();
    for (const c of await db.kpiCell.findMany({ where: { organisationId } })) {
      if (c.figure === "overdueNow") continue; // from the rules engine's stored deadline: covered by kpi-hand.test.ts
      const key = `${c.figure}|${monthKey(c.month)}|${deptKey(c.departmentId)}|${c.diagnosisGroup}|${c.programmeId === "" ? "" : progKey.get(c.programmeId)}`;
      stored.set(key, { value: c.value, persons: c.persons });
    }
    const truth = new Map(
      generated
        .truth!.cellsFrom(monthKey(refresh.firstMonth))
        .map((c) => [`${c.figure}|${c.month}|${c.departmentId}|${c.diagnosisGroup}|${c.programmeId}`, c]),
    );
    expect(truth.size).toBeGreaterThan(1000);
    const missing = [...truth.keys()].filter((k) => !stored.has(k));
    const extra = [...stored.keys()].filter((k) => !truth.has(k));
    expect(missing.slice(0, 10)).toEqual([]);
    expect(extra.slice(0, 10)).toEqual([]);
    const wrong: string[] = [];
    for (const [k, t] of truth) {
      const s = stored.get(k)!;
      const close = STAT_CELLS.includes(t.figure) ? Math.abs(s.value - t.value) < 1e-6 : s.value === t.value;
      if (!close || s.persons !== t.persons) wrong.push(`${k}: stored ${s.value}/${s.persons}, truth ${t.value}/${t.persons}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it("the pre-aggregated cells equal the live query for generated data (every month, a set of filter combinations)", async () => {
    const { db } = testDb();
    const refresh = await db.kpiRefresh.findUniqueOrThrow({ where: { organisationId } });
    const depts = await db.department.findMany({ where: { organisationId }, orderBy: { name: "asc" } });
    const prog = await db.programme.findFirstOrThrow({ where: { organisationId }, orderBy: { name: "asc" } });
    const filters = [
      { departmentId: "", diagnosisGroup: "", programmeId: "" },
      { departmentId: depts[0]!.id, diagnosisGroup: "", programmeId: "" },
      { departmentId: depts.at(-1)!.id, diagnosisGroup: "MUSCULOSKELETAL", programmeId: "" },
      { departmentId: "", diagnosisGroup: "MENTAL", programmeId: prog.id },
    ];
    const cells = await db.kpiCell.findMany({ where: { organisationId } });
    const months = [...new Set(cells.map((c) => monthKey(c.month)))].sort();
    expect(months.length).toBeGreaterThanOrEqual(24);
    for (const month of months) {
      for (const f of filters) {
        const live = await computeLive(db, organisationId, refresh.asOf, new Date(`${month}-01T00:00:00Z`), f);
        const stored = cells.filter(
          (c) =>
            monthKey(c.month) === month &&
            c.departmentId === f.departmentId &&
            c.diagnosisGroup === f.diagnosisGroup &&
            c.programmeId === f.programmeId,
        );
        expect(new Map(stored.map((c) => [c.figure, [c.value, c.persons]])), `${month} ${JSON.stringify(f)}`).toEqual(
          new Map([...live].map(([figure, v]) => [figure, [v.value, v.persons]])),
        );
      }
    }
  });

  it("spot checks: the generated dataset has partial returns, waiting times, reasons and every figure", async () => {
    const figures = new Set(generated.truth!.cellsFrom("2000-01").map((c) => c.figure.split(".").slice(0, 2).join(".")));
    for (const f of [
      "active",
      "inflow",
      "outflow",
      "partialReturns",
      "duration.median",
      "followUps.late",
      "referrals.rejected",
      "referrals.returned",
      "referrals.dropped",
      "wait.p90",
      "capacity.inUse",
      "waitlist",
      "plans.new",
      "goals.achieved",
      "offBenefit.num",
      "recovered.num",
      "health.num",
    ]) {
      expect(figures.has(f), f).toBe(true);
    }
  });
});
