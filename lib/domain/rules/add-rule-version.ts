// An administrator enters a rule change known in advance (a law change, issue 8 item 14) as a new
// dated version of the organisation's ruleset: name, legal references, the day it takes effect,
// its transition (running cases or new sick-leave periods only) and the parameters of the 2014
// model. Nothing is overwritten: the versions before it stay as they were, each version is a
// RuleSet row with who, when and why, and every open case is recomputed in the same transaction.
//
// Domain decision (ADR 0006): a new version takes effect tomorrow at the earliest. A version in the
// past would silently change deadlines that caseworkers have already worked to; a correction of the
// past is a data correction, not a rule change.
import { randomUUID } from "node:crypto";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { ConflictError, DomainRuleError } from "@/lib/domain/errors";
import { getRuleset, ruleVersionIssues, type RuleVersionInput } from "@/lib/rules";
import { DK_2014_PARAMETER_KEYS } from "@/lib/rules/dk";
import { isoDay } from "@/lib/time";
import type { TAddRuleVersion } from "@/lib/validation/rules";
import { recomputeOrganisationDeadlines } from "@/lib/domain/deadlines/recompute-organisation-deadlines";
import { getRuleVersions } from "./get-rule-versions";
import { lockDanishRuleset, storeRuleVersion } from "./ruleset-rows";

export type AddRuleVersionResult = { id: string; key: string; casesChecked: number; casesUpdated: number };

/**
 * Stores the new dated version after the organisation's existing ones (the built-in history is
 * stored first when nothing is stored yet) and recomputes every open case on Danish today.
 * @throws NotFoundError without "admin.manage"; ConflictError when `basedOnCount` is not the number
 *   of versions now in force; DomainRuleError "rules.errors.unsupportedJurisdiction" |
 *   "rules.errors.effectiveFromInPast" | a ruleVersionIssues key on its field.
 */
export const addRuleVersion = defineUseCase(
  { capability: "admin.manage", notFound: "ruleset", transaction: { maxWait: 10_000, timeout: 120_000 } },
  async (ctx, input: TAddRuleVersion): Promise<AddRuleVersionResult> => {
    const jurisdiction = await lockDanishRuleset(ctx);
    const existing = await getRuleVersions(ctx.read, jurisdiction);
    if (input.basedOnCount !== existing.length) throw new ConflictError();
    if (input.effectiveFrom <= ctx.today) throw new DomainRuleError("rules.errors.effectiveFromInPast", "effectiveFrom");

    const parameters: Record<string, number> = { version: 1, model: 2014 };
    for (const k of DK_2014_PARAMETER_KEYS) parameters[k] = input[k];
    const key = `ADM-${randomUUID()}`;
    const proposed: RuleVersionInput = {
      key,
      name: input.name,
      effectiveFrom: input.effectiveFrom,
      transition: input.transition,
      legalReferences: input.legalReferences,
      parameters,
    };
    const issues = ruleVersionIssues(jurisdiction, [...existing, proposed]).filter((i) => i.path.startsWith(`${existing.length}.`));
    if (issues.length) {
      const field = issues[0]!.path.split(".").at(-1)!;
      throw new DomainRuleError(issues[0]!.message, field);
    }

    const last = await ctx.read.ruleSet.findFirst({ where: { jurisdiction }, orderBy: { version: "desc" }, select: { version: true } });
    let revision = last?.version ?? 0;
    const store = (v: RuleVersionInput, createdById: string | null, note: string | null) =>
      storeRuleVersion(ctx, jurisdiction, v, { revision: ++revision, note, createdById });
    // Nothing stored yet: the built-in history becomes the organisation's first rows, so that the
    // stored history is complete (a stored history replaces the built-in one).
    if (!last) for (const v of getRuleset(jurisdiction).versions) await store(v, null, null);
    const rowId = await store(proposed, ctx.actor.userId, input.reason);
    const { checked, updated } = await recomputeOrganisationDeadlines(ctx.system("admin.manage"));
    await ctx.audit.created({
      recordType: "RuleSet",
      recordId: rowId,
      details: { jurisdiction, key, name: input.name, effectiveFrom: isoDay(input.effectiveFrom), casesChecked: checked },
    });
    return { id: rowId, key, casesChecked: checked, casesUpdated: updated };
  },
);
