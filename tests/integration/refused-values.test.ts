// A refused submission comes back with what the user sent (ADR 0033), through the real server
// actions: a schema refusal and a domain refusal both carry `values` (the text fields, lists as
// lists, the version the form was based on), never a password-like field or the framework's fields;
// a success and a "not allowed" (the same answer as a missing record) carry none. Nothing is written.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { createOrg, type OrgFixture } from "../factories";
import type { Actor } from "@/lib/auth/policy";
import { instantToDanishLocal } from "@/lib/time";

let actor: Actor;
vi.mock("@/lib/auth/session", () => ({ requireActor: async () => actor, getActor: async () => actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
  notFound: () => {
    throw new Error("notFound");
  },
}));
const meetings = await import("@/app/(app)/meetings/actions");
const citizens = await import("@/app/(app)/citizens/actions");
const account = await import("@/app/(app)/account/actions");
const setPassword = await import("@/app/(auth)/set-password/actions");

let a: OrgFixture;

beforeAll(async () => {
  await setupTestDb();
  a = await createOrg(testDb().db, "Værdier A");
});
afterAll(teardownTestDb);

function form(entries: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

const future = () => instantToDanishLocal(new Date(Date.now() + 3 * 86_400_000));

describe("a refused submission returns the posted values", () => {
  it("creating a meeting, refused by the schema (neither place nor link): the typed values, lists as lists", async () => {
    actor = a.actors.coordinator;
    const before = await testDb().db.meeting.count();
    const startsAt = future();
    const p1 = a.actors.caseworker.userId;
    const p2 = a.actors.therapist.userId;
    const r = await meetings.createMeetingAction(
      { ok: false },
      form([
        ["$ACTION_ID_0123abcd", ""],
        ["kind", "ROUNDTABLE"],
        ["title", "Rundbordssamtale om Vera"],
        ["startsAt", startsAt],
        ["durationMinutes", "90"],
        ["place", ""],
        ["videoLink", ""],
        ["participantIds[]", p1],
        ["participantIds[]", p2],
        ["externalParticipants", "Vera Hansen\nLæge Jensen"],
        ["weeks", "1"],
        ["password", "ikke-med"],
      ]),
    );
    expect(r.ok).toBe(false);
    expect(r.fieldErrors?.place).toEqual(["meetings.errors.placeOrLink"]);
    expect(r.values).toEqual({
      kind: "ROUNDTABLE",
      title: "Rundbordssamtale om Vera",
      startsAt,
      durationMinutes: "90",
      place: "",
      videoLink: "",
      participantIds: [p1, p2],
      externalParticipants: "Vera Hansen\nLæge Jensen",
      weeks: "1",
    });
    expect(await testDb().db.meeting.count()).toBe(before);
  });

  it("creating a meeting, refused by the rules (a participant from nowhere): the values too", async () => {
    actor = a.actors.coordinator;
    const stranger = randomUUID();
    const r = await meetings.createMeetingAction(
      { ok: false },
      form([
        ["kind", "ROUNDTABLE"],
        ["title", "Opfølgning"],
        ["startsAt", future()],
        ["durationMinutes", "60"],
        ["place", "Lokale 2"],
        ["videoLink", ""],
        ["participantIds[]", stranger],
        ["externalParticipants", ""],
        ["weeks", "1"],
      ]),
    );
    expect(r.ok).toBe(false);
    expect(r.formError).not.toBe("errors.unexpected");
    expect(r.values).toMatchObject({ title: "Opfølgning", place: "Lokale 2", participantIds: [stranger] });
  });

  it("registering a citizen with a bad CPR number: the other fields come back, text cut at the schema's limit", async () => {
    actor = a.actors.caseworker;
    const before = await testDb().db.citizen.count();
    const r = await citizens.createCitizenAction(
      { ok: false },
      form([
        ["cpr", "3102701234"],
        ["firstName", "Vera"],
        ["lastName", "Nielsen"],
        ["phone", "70101010"],
        ["email", "vera@example.dk"],
        ["address", "Torvet 1"],
        ["employmentStatus", "UNEMPLOYED"],
        ["occupation", "x".repeat(5000)],
        ["industry", ""],
        ["employerName", ""],
        ["employerContactName", ""],
        ["employerPhone", ""],
        ["employerEmail", ""],
      ]),
    );
    expect(r.ok).toBe(false);
    expect(r.fieldErrors?.cpr).toEqual(["errors.cprDate"]);
    expect(r.values).toMatchObject({
      cpr: "3102701234",
      firstName: "Vera",
      lastName: "Nielsen",
      phone: "70101010",
      email: "vera@example.dk",
      address: "Torvet 1",
      employmentStatus: "UNEMPLOYED",
    });
    expect(r.values?.occupation).toBe("x".repeat(200));
    expect(await testDb().db.citizen.count()).toBe(before);
  });

  it("a refusal as not allowed carries no values: the same answer as for a missing record", async () => {
    actor = a.actors.caseworker; // no meeting.run
    const r = await meetings.createMeetingAction(
      { ok: false },
      form([
        ["kind", "ROUNDTABLE"],
        ["title", "Ikke min"],
        ["startsAt", future()],
        ["durationMinutes", "60"],
        ["place", "Lokale 4"],
        ["videoLink", ""],
        ["externalParticipants", ""],
        ["weeks", "1"],
      ]),
    );
    expect(r).toEqual({ ok: false, formError: "errors.notAllowed" });
  });

  it("a refused password change carries no values at all: no password, current, new or repeated, comes back", async () => {
    actor = a.actors.caseworker;
    const sent = (current: string, password: string, confirm: string) =>
      form([
        ["username", "anna@example.dk"],
        ["currentPassword", current],
        ["password", password],
        ["confirm", confirm],
      ]);
    // Refused by the schema (the repetition differs) and by the rules (a wrong current password).
    const bySchema = await account.changeOwnPasswordAction({ ok: false }, sent("Gammel-Kode-1", "Ny-Kode-12345", "Ny-Kode-1234X"));
    expect(bySchema.fieldErrors?.confirm).toEqual(["account.errors.passwordMismatch"]);
    const byRules = await account.changeOwnPasswordAction({ ok: false }, sent("Forkert-Kode-1", "Ny-Kode-12345", "Ny-Kode-12345"));
    expect(byRules.ok).toBe(false);
    expect(byRules.fieldErrors?.confirm).toBeUndefined();
    for (const r of [bySchema, byRules]) {
      expect(r.values).toBeUndefined();
      expect(JSON.stringify(r)).not.toMatch(/Kode/);
    }
    // The link's form (no runAction) answers without values too.
    const link = await setPassword.setPasswordAction(
      { ok: false },
      form([
        ["token", "x".repeat(43)],
        ["password", "Ny-Kode-12345"],
        ["confirm", "Ny-Kode-1234X"],
      ]),
    );
    expect(link.ok).toBe(false);
    expect(JSON.stringify(link)).not.toMatch(/Kode/);
  });

  it("a success carries no values", async () => {
    actor = a.actors.coordinator;
    const r = await meetings.createMeetingAction(
      { ok: false },
      form([
        ["kind", "ROUNDTABLE"],
        ["title", "Gennemføres"],
        ["startsAt", future()],
        ["durationMinutes", "60"],
        ["place", "Lokale 3"],
        ["videoLink", ""],
        ["externalParticipants", ""],
        ["weeks", "1"],
      ]),
    );
    expect(r.ok).toBe(true);
    expect(r.values).toBeUndefined();
  });
});
