// An administrator changes the thresholds that features read (issue 13; the keys, ranges and
// defaults are in lib/settings/definitions.ts). Each changed key is written on the version the form
// was loaded with and gets a history entry (who, when, why, old → new); unchanged keys are left alone.
import type { Prisma } from "@/lib/db/generated/client";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { ConflictError, DomainRuleError } from "@/lib/domain/errors";
import { SETTING_KEYS, settingValueOf } from "@/lib/settings/definitions";
import { versionField, type TUpdateSettings } from "@/lib/validation/admin";
import { isUniqueViolation } from "@/lib/domain/unique-violation";

/**
 * Saves the changed settings of the admin's organisation.
 * @returns the keys that changed.
 * @throws NotFoundError without organisation.manage; DomainRuleError "settings.errors.noChange";
 *   ConflictError when a setting changed since the form was loaded.
 */
export const updateSettings = defineUseCase(
  { capability: "organisation.manage", notFound: "organisationSetting" },
  async (ctx, input: TUpdateSettings): Promise<{ changed: string[] }> => {
    await ctx.lock("organisation-settings", ctx.actor.organisationId);
    const rows = await ctx.write.organisationSetting.findMany({
      where: { key: { in: SETTING_KEYS } },
      select: { id: true, key: true, value: true, version: true },
    });
    const byKey = new Map(rows.map((r) => [r.key, r]));
    const changed: string[] = [];
    for (const key of SETTING_KEYS) {
      const row = byKey.get(key);
      if ((row?.version ?? 0) !== input[versionField(key)]) throw new ConflictError();
      const from = settingValueOf(key, row?.value);
      const to = input[key]!;
      if (from === to) continue;
      let id: string;
      let version: number;
      if (row) {
        version = await ctx.updateVersioned("organisationSetting", row.id, row.version, {
          value: to as Prisma.InputJsonValue,
          updatedById: ctx.actor.userId,
        });
        id = row.id;
      } else {
        try {
          const created = await ctx.tx.organisationSetting.create({
            data: { organisationId: ctx.actor.organisationId, key, value: to, updatedById: ctx.actor.userId },
            select: { id: true, version: true },
          });
          ({ id, version } = created);
        } catch (e) {
          if (isUniqueViolation(e)) throw new ConflictError();
          throw e;
        }
      }
      await ctx.history.record({
        recordType: "OrganisationSetting",
        recordId: id,
        version,
        action: "CORRECT",
        changes: { [key]: { from, to } },
        reason: input.reason,
      });
      changed.push(key);
    }
    if (changed.length === 0) throw new DomainRuleError("settings.errors.noChange");
    await ctx.audit.updated({ recordType: "OrganisationSetting", details: { changed, reason: input.reason } });
    return { changed };
  },
);
