// Organisation settings that features read (issue 13): thresholds an administrator may change, with
// history, per organisation. Each key has a type, a range, a default and a unit; the admin form,
// its schema and the reader (lib/domain/settings/setting-value.ts) are all built from this table.
//
// To add a setting (e.g. for a new feature): add one entry below, and its label and hint under
// `settings.keys.<key>` in lib/i18n/messages/{da,en}/settings.ts. Nothing else changes: no
// migration (values live in OrganisationSetting rows as JSON), the form shows it, and an
// organisation that never changed it reads the default.
//
// Pure and browser-safe (the admin form's schema uses it).

export type SettingUnit = "days" | "weeks";

export type SettingDefinition = {
  /** Whole numbers only, for now. */
  kind: "int";
  min: number;
  max: number;
  default: number;
  unit: SettingUnit;
  /** The feature that reads the setting (groups the admin form). */
  group: "meetings";
};

/**
 * The settings. Meeting-agenda suggestion thresholds come from issue 12 ("Thresholds are settings an
 * admin can change"): the weekly case conference suggests cases whose legal deadline is overdue or
 * due within N days, referrals waiting longer than N days, rehab plans without progress for N weeks,
 * and return-to-work plans behind schedule for N weeks.
 */
export const SETTING_DEFINITIONS = {
  meetingDeadlineDueWithinDays: { kind: "int", min: 0, max: 60, default: 7, unit: "days", group: "meetings" },
  meetingReferralWaitingDays: { kind: "int", min: 1, max: 365, default: 14, unit: "days", group: "meetings" },
  meetingRehabStalledWeeks: { kind: "int", min: 1, max: 52, default: 4, unit: "weeks", group: "meetings" },
  meetingRtwBehindWeeks: { kind: "int", min: 1, max: 26, default: 2, unit: "weeks", group: "meetings" },
} as const satisfies Record<string, SettingDefinition>;

export type SettingKey = keyof typeof SETTING_DEFINITIONS;

export const SETTING_KEYS = Object.keys(SETTING_DEFINITIONS) as SettingKey[];

export function isSettingKey(k: unknown): k is SettingKey {
  return typeof k === "string" && Object.hasOwn(SETTING_DEFINITIONS, k);
}

/**
 * A stored JSON value as the setting's value: the stored number when it is still valid for the
 * definition (a range may have narrowed since it was saved), otherwise the default.
 */
export function settingValueOf(key: SettingKey, stored: unknown): number {
  const d: SettingDefinition = SETTING_DEFINITIONS[key];
  return typeof stored === "number" && Number.isInteger(stored) && stored >= d.min && stored <= d.max ? stored : d.default;
}
