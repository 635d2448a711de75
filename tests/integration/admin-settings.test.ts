// Organisation settings (issue 13): name, jurisdiction and the caseworkers' aid mandate, and the
// thresholds features read — each change with history (who, when, why, old → new), on the version
// the form was loaded with, only by an administrator of that organisation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { getOrganisationSettings } from "@/lib/domain/settings/get-organisation-settings";
import { updateOrganisation } from "@/lib/domain/settings/update-organisation";
import { updateSettings } from "@/lib/domain/settings/update-settings";
import { settingValue, settingValues } from "@/lib/domain/settings/setting-value";
import { SETTING_DEFINITIONS, SETTING_KEYS } from "@/lib/settings/definitions";
import { versionField, type TUpdateSettings } from "@/lib/validation/admin";
import type { OrgFixture } from "../factories/core";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";

let f: OrgFixture;
let other: OrgFixture;

beforeAll(async () => {
  [f, other] = await setupTestDbWithOrgs("Holstebro Kommune", "Struer Kommune");
});
afterAll(teardownTestDb);

/** What a feature does: read a threshold inside its own use case. */
const readThresholds = defineUseCase({}, async (ctx) => ({
  all: await settingValues(ctx),
  waiting: await settingValue(ctx, "meetingReferralWaitingDays"),
}));

async function settingsForm(over: Record<string, number> = {}, reason = "Besluttet i styregruppen"): Promise<TUpdateSettings> {
  const s = await getOrganisationSettings(f.actors.admin);
  const form: Record<string, number | string> = { reason };
  for (const k of SETTING_KEYS) {
    form[k] = s.settings[k].value;
    form[versionField(k)] = s.settings[k].version;
  }
  return { ...form, ...over } as TUpdateSettings;
}

describe("organisation details", () => {
  it("an admin changes name and aid mandate with history; the mandate stays in Organisation.aidMandateDkk", async () => {
    const { db } = testDb();
    const s = await getOrganisationSettings(f.actors.admin);
    expect(s.organisation).toEqual({ name: "Holstebro Kommune", jurisdiction: "DK", aidMandateDkk: 10_000, version: 1 });
    await updateOrganisation(f.actors.admin, {
      baseVersion: 1,
      name: "Holstebro Kommune",
      jurisdiction: "DK",
      aidMandateDkk: 15_000,
      reason: "Byrådsbeslutning",
    });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: f.org.id } })).aidMandateDkk).toBe(15_000);
    const after = await getOrganisationSettings(f.actors.admin);
    expect(after.organisation.version).toBe(2);
    expect(after.history[0]).toMatchObject({
      recordType: "Organisation",
      changes: { aidMandateDkk: { from: 10_000, to: 15_000 } },
      reason: "Byrådsbeslutning",
      changedByName: f.actors.admin.name,
    });
    // Another organisation is untouched.
    expect((await db.organisation.findUniqueOrThrow({ where: { id: other.org.id } })).aidMandateDkk).toBe(10_000);
  });

  it("refuses a stale version, no change, and anyone but the admin", async () => {
    const base = { name: "Holstebro Kommune", jurisdiction: "DK", aidMandateDkk: 12_000, reason: "Forsøg" };
    await expect(updateOrganisation(f.actors.admin, { ...base, baseVersion: 1 })).rejects.toBeInstanceOf(ConflictError);
    const v = (await getOrganisationSettings(f.actors.admin)).organisation.version;
    await expect(updateOrganisation(f.actors.admin, { ...base, aidMandateDkk: 15_000, baseVersion: v })).rejects.toMatchObject({
      code: "settings.errors.noChange",
    });
    for (const who of [f.actors.manager, f.actors.caseworker, f.actors.coordinator]) {
      await expect(updateOrganisation(who, { ...base, baseVersion: v })).rejects.toBeInstanceOf(NotFoundError);
      await expect(getOrganisationSettings(who)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe("thresholds", () => {
  it("features read the defaults until an admin changes a value; then the new value, for that organisation only", async () => {
    const defaults = Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTING_DEFINITIONS[k].default]));
    expect((await readThresholds(f.actors.coordinator)).all).toEqual(defaults);
    const r = await updateSettings(f.actors.admin, await settingsForm({ meetingReferralWaitingDays: 21 }));
    expect(r.changed).toEqual(["meetingReferralWaitingDays"]);
    expect((await readThresholds(f.actors.coordinator)).waiting).toBe(21);
    expect((await readThresholds(other.actors.coordinator)).waiting).toBe(SETTING_DEFINITIONS.meetingReferralWaitingDays.default);
    const s = await getOrganisationSettings(f.actors.admin);
    expect(s.settings.meetingReferralWaitingDays).toEqual({ value: 21, version: 1 });
    expect(s.history[0]).toMatchObject({
      recordType: "OrganisationSetting",
      changes: { meetingReferralWaitingDays: { from: 14, to: 21 } },
      reason: "Besluttet i styregruppen",
    });
  });

  it("a second change bumps the version; a form loaded before it is refused", async () => {
    const stale = await settingsForm({ meetingReferralWaitingDays: 30 });
    await updateSettings(f.actors.admin, await settingsForm({ meetingReferralWaitingDays: 28, meetingRtwBehindWeeks: 3 }));
    await expect(updateSettings(f.actors.admin, stale)).rejects.toBeInstanceOf(ConflictError);
    const s = await getOrganisationSettings(f.actors.admin);
    expect(s.settings.meetingReferralWaitingDays).toEqual({ value: 28, version: 2 });
    expect(s.settings.meetingRtwBehindWeeks).toEqual({ value: 3, version: 1 });
    await expect(updateSettings(f.actors.admin, await settingsForm())).rejects.toMatchObject({ code: "settings.errors.noChange" });
  });

  it("a stored value outside today's range falls back to the default", async () => {
    const { db } = testDb();
    await db.organisationSetting.create({
      data: { organisationId: other.org.id, key: "meetingRehabStalledWeeks", value: 999, updatedById: other.actors.admin.userId },
    });
    expect((await readThresholds(other.actors.coordinator)).all.meetingRehabStalledWeeks).toBe(
      SETTING_DEFINITIONS.meetingRehabStalledWeeks.default,
    );
  });
});
