// How features read the organisation's settings (thresholds) inside their use case: the stored value
// when an admin changed it, otherwise the default from lib/settings/definitions.ts. Through the
// runner's read scope, so an organisation only ever reads its own.
import type { UseCaseContext } from "@/lib/domain/run-use-case";
import { SETTING_KEYS, settingValueOf, type SettingKey } from "@/lib/settings/definitions";

/** Every setting of the actor's organisation with its current value (defaults for those never changed). */
export async function settingValues(ctx: UseCaseContext): Promise<Record<SettingKey, number>> {
  const rows = await ctx.read.organisationSetting.findMany({ where: { key: { in: SETTING_KEYS } }, select: { key: true, value: true } });
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  return Object.fromEntries(SETTING_KEYS.map((k) => [k, settingValueOf(k, stored.get(k))])) as Record<SettingKey, number>;
}

/** One setting's current value, e.g. `await settingValue(ctx, "meetingReferralWaitingDays")` (days). */
export async function settingValue(ctx: UseCaseContext, key: SettingKey): Promise<number> {
  const row = await ctx.read.organisationSetting.findFirst({ where: { key }, select: { value: true } });
  return settingValueOf(key, row?.value);
}
