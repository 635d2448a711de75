// Deadline rules for the demo: the Danish ruleset's dated history stored as the organisation's
// versions (DK 2009 from the beginning, the DK 2014 reform from 5 January 2015; ADR 0006), so the
// admin page shows the versions from the start, then every case's next deadline computed from
// everything seeded above.
import { ruleSetRowData } from "@/lib/domain/rules/ruleset-rows";
import { DK_VERSIONS } from "@/lib/rules";
import { recomputeOrganisationDeadlines } from "@/lib/domain/deadlines/recompute-organisation-deadlines";
import { systemContext } from "@/lib/domain/run-system-job";
import type { SeedContext } from "./base";

export async function seedDeadlines(ctx: SeedContext): Promise<void> {
  const { db } = ctx;
  const existing = await db.ruleSet.findFirst({ where: { organisationId: ctx.organisationId, jurisdiction: "DK" }, select: { id: true } });
  if (!existing) {
    let revision = 0;
    for (const v of DK_VERSIONS) {
      await db.ruleSet.create({
        data: ruleSetRowData(ctx.organisationId, "DK", v, { revision: ++revision, note: "Sygedagpengeloven: indbygget version" }),
      });
    }
  }
  // Inside the seed's one transaction (prisma/seed/run.ts), not a transaction of its own.
  await recomputeOrganisationDeadlines(systemContext(ctx.db, ctx.organisationId, new Date(), ctx.today));
}
