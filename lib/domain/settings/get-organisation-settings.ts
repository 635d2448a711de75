// The administrator's settings page (issue 13): the organisation's name, jurisdiction and the
// caseworkers' mandate for workplace aids, the thresholds features read, and the history of every
// change (who, when, why, old → new).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { SETTING_KEYS, settingValueOf, type SettingKey } from "@/lib/settings/definitions";
import { staffNames } from "@/lib/domain/users/staff-names";
import { changeRecord } from "@/lib/domain/history/history-entry";
import type { ChangeRecord } from "@/lib/domain/history/types";

export type SettingsHistoryRow = ChangeRecord<Record<string, { from: unknown; to: unknown }>> & { recordType: string };

export type OrganisationSettings = {
  organisation: { name: string; jurisdiction: string; aidMandateDkk: number; version: number };
  /** Each setting's value and the version of its stored row (0: never changed, the default applies). */
  settings: Record<SettingKey, { value: number; version: number }>;
  history: SettingsHistoryRow[];
};

/**
 * The organisation's settings with their history, newest first.
 * @throws NotFoundError without organisation.manage.
 */
export const getOrganisationSettings = defineUseCase(
  { capability: "organisation.manage", notFound: "organisation" },
  async (ctx): Promise<OrganisationSettings> => {
    const org = await ctx.write.organisation.get({
      where: { id: ctx.actor.organisationId },
      select: { id: true, name: true, jurisdiction: true, aidMandateDkk: true, version: true },
    });
    const rows = await ctx.read.organisationSetting.findMany({ select: { id: true, key: true, value: true, version: true } });
    const byKey = new Map(rows.map((r) => [r.key, r]));
    const settings = Object.fromEntries(
      SETTING_KEYS.map((k) => [k, { value: settingValueOf(k, byKey.get(k)?.value), version: byKey.get(k)?.version ?? 0 }]),
    ) as OrganisationSettings["settings"];
    const versions = await ctx.read.recordVersion.findMany({
      where: {
        OR: [
          { recordType: "Organisation", recordId: org.id },
          ...(rows.length ? [{ recordType: "OrganisationSetting", recordId: { in: rows.map((r) => r.id) } }] : []),
        ],
      },
      orderBy: [{ changedAt: "desc" }, { version: "desc" }],
      take: 500,
      select: { id: true, recordType: true, changes: true, reason: true, changedAt: true, changedById: true },
    });
    const names = await staffNames(
      ctx,
      versions.map((v) => v.changedById),
    );
    const { id: _id, ...organisation } = org;
    return {
      organisation,
      settings,
      history: versions.map((v) => ({ ...changeRecord(v, names), recordType: v.recordType })),
    };
  },
);
