// npm run bench:domain (formerly npm run bench) — performance on a large seeded dataset, measured through the real domain
// functions (policy scope, decryption, access logging), on a throwaway embedded database
// (or BENCH_DATABASE_URL=postgresql://… for a server; the database must be empty).
//
// It seeds two sizes (small = 1/10 of large) and reports p50/p95 per operation for both and the
// large/small ratio: a ratio near 1 shows that the operation does not grow with the data.
import { performance } from "node:perf_hooks";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import { cprBlindIndex, encryptCpr } from "@/lib/crypto/cpr";
import { getMyWorklist } from "@/lib/domain/cases/list-my-cases";
import { getCase } from "@/lib/domain/cases/get-case";
import { activeCasesByGroup } from "@/lib/domain/kpi/active-cases-by-group";
import { logAccess } from "@/lib/audit/log";
import { migrationSqls } from "../integration/support/db";
import { openBenchDb } from "./bench-db";

const LARGE = Number(process.env.BENCH_CASES ?? 50_000);
const CASEWORKERS = 100; // → ~500 cases each at the large size
const RUNS = Number(process.env.BENCH_RUNS ?? 40);

async function seed(db: Db, exec: (sql: string) => Promise<unknown>, cases: number) {
  for (const m of await migrationSqls()) await exec(m.sql);
  const org = await db.organisation.create({ data: { name: "Bench Kommune" } });
  const jc = await db.department.create({ data: { organisationId: org.id, kind: "JOBCENTER", name: "Jobcenter" } });
  await db.department.create({ data: { organisationId: org.id, kind: "HEALTH_CENTER", name: "Sundhed" } });
  const users = await Promise.all(
    Array.from({ length: CASEWORKERS }, (_, i) =>
      db.user.create({
        data: { organisationId: org.id, departmentId: jc.id, email: `cw${i}@bench.dk`, name: `Sagsbehandler ${i}`, role: "CASEWORKER" },
      }),
    ),
  );
  const manager = await db.user.create({
    data: { organisationId: org.id, departmentId: jc.id, email: "leder@bench.dk", name: "Leder", role: "MANAGER" },
  });
  const BATCH = 2000;
  const start = Date.UTC(2025, 10, 1);
  const groups = ["MENTAL", "MUSCULOSKELETAL", "OTHER"] as const;
  for (let off = 0; off < cases; off += BATCH) {
    const n = Math.min(BATCH, cases - off);
    const citizens = Array.from({ length: n }, (_, k) => {
      const i = off + k;
      const cpr = `${String((i % 28) + 1).padStart(2, "0")}${String((i % 12) + 1).padStart(2, "0")}${String(60 + (i % 40))}${String(i % 4)}${String(i).padStart(6, "0").slice(-3)}`;
      const uniq = `${cpr}-${i}`;
      return {
        id: crypto.randomUUID(),
        organisationId: org.id,
        cprEncrypted: encryptCpr(cpr),
        cprIndex: cprBlindIndex(uniq),
        birthDate: new Date(Date.UTC(1960 + (i % 40), i % 12, (i % 28) + 1)),
        firstName: `Borger${i}`,
        lastName: `Efternavn${i % 997}`,
      };
    });
    await db.citizen.createMany({ data: citizens });
    await db.sickLeaveCase.createMany({
      data: citizens.map((c, k) => {
        const i = off + k;
        const first = new Date(start + (i % 365) * 86_400_000);
        return {
          organisationId: org.id,
          departmentId: jc.id,
          citizenId: c.id,
          caseworkerId: users[i % CASEWORKERS]!.id,
          firstAbsenceDay: first,
          diagnosisGroup: groups[i % 3]!,
          status: i % 5 === 0 ? ("CLOSED" as const) : ("ACTIVE" as const),
          nextDeadlineOn: new Date(first.getTime() + 55 * 86_400_000),
        };
      }),
    });
  }
  await exec(`ANALYZE`);
  const actor = (u: { id: string; name: string }, role: Actor["role"]): Actor => ({
    userId: u.id,
    organisationId: org.id,
    role,
    departmentId: jc.id,
    departmentKind: "JOBCENTER",
    name: u.name,
    sessionId: "bench",
  });
  const sampleCases = await db.sickLeaveCase.findMany({ where: { caseworkerId: users[0]!.id }, select: { id: true }, take: RUNS });
  return { caseworker: actor(users[0]!, "CASEWORKER"), manager: actor(manager, "MANAGER"), caseIds: sampleCases.map((c) => c.id) };
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function measure(name: string, fn: (i: number) => Promise<unknown>): Promise<[string, number, number]> {
  for (let i = 0; i < 3; i++) await fn(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  return [name, pct(times, 50), pct(times, 95)];
}

async function runSize(label: string, cases: number) {
  const t0 = performance.now();
  const { db, exec, cleanup } = await openBenchDb(label);
  try {
    const s = await seed(db, exec, cases);
    const seedSec = (performance.now() - t0) / 1000;
    const results = [
      await measure("My cases (worklist, decrypt + mask, logged)", () => getMyWorklist(s.caseworker).then((w) => w.rows)),
      await measure("Open a case (scoped read, logged)", (i) => getCase(s.caseworker, s.caseIds[i % s.caseIds.length]!)),
      await measure("Access-log append (insert only; sealed off the request path)", () =>
        db.$transaction((tx) => logAccess(tx, s.caseworker, { action: "VIEW", recordType: "Bench" })),
      ),
      await measure("Key figures: active cases by group", () => activeCasesByGroup(s.manager)),
    ];
    return { label, cases, seedSec, results };
  } finally {
    await cleanup();
  }
}

async function main() {
  const small = await runSize("small", Math.round(LARGE / 10));
  const large = await runSize("large", LARGE);
  const db = process.env.BENCH_DATABASE_URL ? "PostgreSQL server" : "embedded PGlite";
  console.log(`\nSamspil benchmark — ${db}, ${RUNS} runs per operation, ${CASEWORKERS} caseworkers`);
  console.log(
    `small: ${small.cases} cases (seeded in ${small.seedSec.toFixed(0)} s); large: ${large.cases} cases (seeded in ${large.seedSec.toFixed(0)} s)\n`,
  );
  console.log("| operation | small p50 ms | small p95 ms | large p50 ms | large p95 ms | large/small p50 |");
  console.log("|---|---:|---:|---:|---:|---:|");
  large.results.forEach(([name, p50, p95], i) => {
    const [, sp50, sp95] = small.results[i]!;
    console.log(
      `| ${name} | ${sp50.toFixed(1)} | ${sp95.toFixed(1)} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${(p50 / sp50).toFixed(2)} |`,
    );
  });
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
