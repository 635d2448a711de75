// An administrator changes the deadline rule parameters of the organisation's jurisdiction (e.g.
// when the law changes). A change is never an overwrite: it is a new RuleSet version with who,
// when and why, and every open case of the organisation gets its next deadline recomputed in the
// same transaction, so worklists never mix old and new rules.
//
// Invariants: only admin.manage may do this (others get NotFoundError and nothing is written);
// the admin edits the version they saw (a newer one in between is a conflict); the access log
// records the change with its old → new values.
//
// The RuleSet table is per jurisdiction, so other organisations of the same jurisdiction pick up
// the new version at their next recompute (any case change, or the daily job).
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { logAccess } from "@/lib/audit/log";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { today as todayFn } from "@/lib/format";
import { DK_PARAMETER_KEYS } from "@/lib/rules/dk";
import { getRuleset, parseRuleParameters } from "@/lib/rules";
import type { TUpdateRuleParameters } from "@/lib/validation/rules";
import { recomputeOrganisationDeadlines } from "@/lib/domain/deadlines/recompute-case-deadline";
import { getActiveRuleset } from "./get-active-ruleset";

export type UpdateRuleParametersResult = { id: string; version: number; casesChecked: number; casesUpdated: number };

export async function updateRuleParameters(
  actor: Actor,
  input: TUpdateRuleParameters,
  today: Date = todayFn(),
): Promise<UpdateRuleParametersResult> {
  if (!can(actor, "admin.manage")) throw new NotFoundError("ruleset");
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      const org = await tx.organisation.findUnique({ where: { id: actor.organisationId }, select: { jurisdiction: true } });
      if (!org) throw new NotFoundError("organisation");
      const jurisdiction = org.jurisdiction;
      // The form edits the Danish parameters; another jurisdiction needs its own form first.
      if (jurisdiction !== "DK") throw new DomainRuleError("rules.errors.unsupportedJurisdiction");
      // Serialise edits of one organisation's ruleset across app instances (gap-free versions).
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"ruleset:" + actor.organisationId})::bigint)`;

      let current = await getActiveRuleset(tx, actor.organisationId, jurisdiction);
      if (input.baseVersion !== current.version) throw new DomainRuleError("errors.conflict");
      if (!current.id) {
        // Store the built-in defaults as version 1 first, so the history shows what was changed.
        const created = await tx.ruleSet.create({
          data: {
            organisationId: actor.organisationId,
            jurisdiction,
            version: current.version,
            parameters: getRuleset(jurisdiction).defaults as Prisma.InputJsonValue,
            note: null,
            createdById: null,
          },
          select: { id: true },
        });
        current = { ...current, id: created.id };
      }

      const version = current.version + 1;
      const proposed: Record<string, number> = { version };
      for (const key of DK_PARAMETER_KEYS) proposed[key] = input[key];
      const parameters = parseRuleParameters(jurisdiction, proposed);
      const changes: Record<string, { from: number; to: number }> = {};
      for (const key of DK_PARAMETER_KEYS) {
        if (current.parameters[key] !== parameters[key]) changes[key] = { from: current.parameters[key]!, to: parameters[key]! };
      }
      if (Object.keys(changes).length === 0) throw new DomainRuleError("rules.errors.noChange");

      const row = await tx.ruleSet.create({
        data: {
          organisationId: actor.organisationId,
          jurisdiction,
          version,
          parameters: parameters as Prisma.InputJsonValue,
          note: input.reason,
          createdById: actor.userId,
        },
        select: { id: true },
      });
      const { checked, updated } = await recomputeOrganisationDeadlines(tx, actor.organisationId, today);
      await logAccess(tx, actor, {
        action: "UPDATE",
        recordType: "RuleSet",
        recordId: row.id,
        details: { jurisdiction, version, changes, reason: input.reason, casesChecked: checked, casesUpdated: updated },
      });
      return { id: row.id, version, casesChecked: checked, casesUpdated: updated };
    },
    // Recomputing a large organisation takes longer than the default 5 s interactive transaction.
    { maxWait: 10_000, timeout: 120_000 },
  );
}
