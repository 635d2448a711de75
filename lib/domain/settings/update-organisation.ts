// An administrator changes the organisation's name, jurisdiction and the caseworkers' mandate for
// workplace aids (issue 13; SPEC §3: default 10,000 DKK, above it a manager approves). The mandate
// stays in Organisation.aidMandateDkk, where the return-to-work use cases read it. A change of
// jurisdiction switches the deadline ruleset, so every open case's next deadline is recomputed.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { diffValues } from "@/lib/domain/history/diff";
import { recomputeOrganisationDeadlines } from "@/lib/domain/deadlines/recompute-organisation-deadlines";
import type { TUpdateOrganisation } from "@/lib/validation/admin";

/**
 * Corrects the organisation's details on the version the form was loaded with; history with the reason.
 * @throws NotFoundError without organisation.manage; DomainRuleError "settings.errors.noChange"; ConflictError on a stale version.
 */
export const updateOrganisation = defineUseCase(
  { capability: "organisation.manage", notFound: "organisation" },
  async (ctx, input: TUpdateOrganisation): Promise<{ version: number }> => {
    const org = await ctx.write.organisation.get({
      where: { id: ctx.actor.organisationId },
      select: { id: true, name: true, jurisdiction: true, aidMandateDkk: true },
    });
    const after = { name: input.name, jurisdiction: input.jurisdiction, aidMandateDkk: input.aidMandateDkk };
    const changes = diffValues(org, after);
    if (Object.keys(changes).length === 0) throw new DomainRuleError("settings.errors.noChange");
    const { version } = await ctx.saveChange("organisation", org, {
      version: input.baseVersion,
      data: after,
      history: { action: "CORRECT", changes, reason: input.reason },
      audit: { citizenId: null, details: { changes, reason: input.reason } },
    });
    if (changes.jurisdiction) await recomputeOrganisationDeadlines(ctx.system("organisation.manage"));
    return { version };
  },
);
