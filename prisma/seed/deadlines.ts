// Deadline rules for the demo: the Danish ruleset as stored version 1 (so the admin page shows a
// history from the start), then every case's next deadline computed from everything seeded above.
import type { Prisma } from "@/lib/db/generated/client";
import { DK_DEFAULTS } from "@/lib/rules/types";
import { recomputeOrganisationDeadlines } from "@/lib/domain/deadlines/recompute-organisation-deadlines";
import { systemContext } from "@/lib/domain/run-system-job";
import type { SeedContext } from "./base";

export async function seedDeadlines(ctx: SeedContext): Promise<void> {
  const { db } = ctx;
  const existing = await db.ruleSet.findFirst({ where: { organisationId: ctx.organisationId, jurisdiction: "DK" }, select: { id: true } });
  if (!existing) {
    await db.ruleSet.create({
      data: {
        organisationId: ctx.organisationId,
        jurisdiction: "DK",
        version: DK_DEFAULTS.version,
        parameters: DK_DEFAULTS as Prisma.InputJsonValue,
        note: "Sygedagpengeloven: standardværdier",
        createdById: null,
      },
    });
  }
  // Inside the seed's one transaction (prisma/seed/run.ts), not a transaction of its own.
  await recomputeOrganisationDeadlines(systemContext(ctx.db, ctx.organisationId, new Date(), ctx.today));
}
