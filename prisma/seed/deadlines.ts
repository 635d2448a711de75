// Deadline rules for the demo: the Danish ruleset's dated history stored as the organisation's
// versions (DK 2009 from the beginning, the DK 2014 reform from 5 January 2015; ADR 0006), so the
// admin page shows the versions from the start, then every case's next deadline computed from
// everything seeded above.
import type { Prisma } from "@/lib/db/generated/client";
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
        data: {
          organisationId: ctx.organisationId,
          jurisdiction: "DK",
          version: ++revision,
          versionKey: v.key,
          name: v.name,
          nameKey: v.nameKey ?? null,
          effectiveFrom: v.effectiveFrom,
          transition: v.transition,
          legalReferences: [...v.legalReferences],
          parameters: v.parameters as Prisma.InputJsonValue,
          note: "Sygedagpengeloven: indbygget version",
          createdById: null,
        },
      });
    }
  }
  // Inside the seed's one transaction (prisma/seed/run.ts), not a transaction of its own.
  await recomputeOrganisationDeadlines(systemContext(ctx.db, ctx.organisationId, new Date(), ctx.today));
}
