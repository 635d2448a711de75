// Seeding is all or nothing (issue 8 item 11): the whole demo is written in ONE transaction, so a
// seed that fails half-way (an invalid key, a bug in a step, a killed process) leaves nothing behind,
// and the next start seeds again instead of saying "demo data present" over an empty worklist.
// A transaction-scoped advisory lock makes concurrent starts (several instances) seed once.
import type { Db } from "@/lib/db/client";
import { DEMO_ORG_NAME, seedBase, type SeedContext } from "./base";
import { seedSteps } from "./steps";

export type SeedStep = (ctx: SeedContext) => Promise<void>;

/** How long the one seed transaction may take (the demo takes ~15 s on PGlite; slow CI machines more). */
const SEED_TIMEOUT_MS = 30 * 60_000;

/**
 * Seeds the demo municipality on `today` (a Danish day, UTC midnight) unless it is present.
 * Every step runs inside one transaction: when any step throws, the error propagates and nothing
 * of the demo is stored. `steps` defaults to the demo's steps (tests inject a failing one).
 * @returns seeded: false when the demo was already present; cases: how many demo cases were seeded.
 */
export async function seedDemo(db: Db, today: Date, steps: readonly SeedStep[] = seedSteps): Promise<{ seeded: boolean; cases: number }> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"samspil-demo-seed"})::bigint)`;
      if (await tx.organisation.findFirst({ where: { name: DEMO_ORG_NAME }, select: { id: true } })) return { seeded: false, cases: 0 };
      const ctx = await seedBase(tx, today);
      for (const step of steps) await step(ctx);
      return { seeded: true, cases: ctx.caseIds.length };
    },
    { maxWait: 60_000, timeout: SEED_TIMEOUT_MS },
  );
}
