// The citizen name search's SQL before and after the trigram index (ADR 0024), on a large database,
// inside ONE transaction that is rolled back: the database is left as it was. If the index already
// exists it is dropped inside the transaction first (that holds an exclusive lock on "Citizen" for the
// ~1 minute of the run: use a benchmark database, not a shared one in use).
//
//   npx tsx tests/bench/search-sql.ts [postgresql://postgres@127.0.0.1:55432/bench_large]
import os from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";

const url = process.argv[2] ?? process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:55432/bench_large";
const SURNAMES = ["jensen", "nielsen", "hansen", "pedersen", "andersen", "larsen"];

/** The search's statement as Prisma sends it: parameterised substring patterns, scope, Danish order, 51 rows. */
function statement(org: string, words: string[], nullsFirst: boolean): pg.QueryConfig {
  const likes = words.map((_, i) => `AND "nameSearch" LIKE ('%' || $${i + 2} || '%')`).join(" ");
  return {
    text: `SELECT id FROM "Citizen" WHERE "organisationId" = $1 AND "voidedAt" IS NULL ${likes}
           ORDER BY "nameSortKey" ${nullsFirst ? "NULLS FIRST" : ""}, id LIMIT 51`,
    values: [org, ...words],
  };
}

async function main() {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const org = (await c.query(`SELECT "organisationId" AS id FROM "Citizen" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)).rows[0].id;
    const people = (
      await c.query(`SELECT "firstName", "lastName" FROM "Citizen" WHERE "organisationId" = $1 ORDER BY md5(id) LIMIT 40`, [org])
    ).rows as { firstName: string; lastName: string }[];
    const run = async (label: string, nullsFirst: boolean) => {
      const time = async (words: string[]) => {
        const a = performance.now();
        await c.query(statement(org, words, nullsFirst));
        return performance.now() - a;
      };
      const full: number[] = [];
      for (const p of people) full.push(await time([p.firstName.toLowerCase(), p.lastName.toLowerCase()]));
      const one: string[] = [];
      for (const s of SURNAMES) one.push(`${s} ${(await time([s])).toFixed(0)}`);
      full.sort((a, b) => a - b);
      const at = (q: number) => full[Math.min(full.length - 1, Math.floor(q * full.length))]!.toFixed(1);
      console.log(
        `${label}: first + last name (${full.length}) p50 ${at(0.5)} / p95 ${at(0.95)} / max ${at(1)} ms; one surname (ms): ${one.join(", ")}`,
      );
    };
    await c.query("BEGIN");
    await c.query(`DROP INDEX IF EXISTS "Citizen_nameSearch_trgm_idx"`);
    await run("no trigram index", false);
    const a = performance.now();
    await c.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await c.query(`CREATE INDEX "Citizen_nameSearch_trgm_idx" ON "Citizen" USING GIN ("nameSearch" gin_trgm_ops)`);
    console.log(`creating the extension and the index: ${(performance.now() - a).toFixed(0)} ms`);
    await c.query(`ANALYZE "Citizen"`);
    await run("index, planner free (NULLS LAST)", false);
    await run("index, read and sort (NULLS FIRST, the app's order for selective words)", true);
  } finally {
    await c.query("ROLLBACK").catch(() => {});
    await c.end();
  }
  console.log(
    `load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(" / ")} (1/5/15 min)`,
  );
}

void main();
