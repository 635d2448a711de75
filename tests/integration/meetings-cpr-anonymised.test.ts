// No CPR number on an anonymised agenda item (fix15 item 1): its question, its minutes (notes,
// decision) and its action items' text are refused at the field when they contain something that
// reads as a CPR number (lib/validation/cpr.ts containsCprLike), through the real server actions;
// the typed text comes back with the refusal, and nothing is written.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { toFormData } from "./support/invalid-input";
import { createOrg, databaseFingerprint, type OrgFixture } from "../factories";
import { addToAgenda, createMeeting, dayFromToday, sharedCitizen } from "../factories/consents";
import type { Actor } from "@/lib/auth/policy";
import { addAgendaItem } from "@/lib/domain/meetings/add-agenda-item";

let actor: Actor;
vi.mock("@/lib/auth/session", () => ({ requireActor: async () => actor, getActor: async () => actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const actions = await import("@/app/(app)/meetings/actions");

let a: OrgFixture;
let meetingId: string;
let anonItem: { id: string; version: number };
let caseId: string;

beforeAll(async () => {
  await setupTestDb();
  const { db } = testDb();
  a = await createOrg(db, "Møde-CPR A");
  meetingId = (await createMeeting(db, a.actors.coordinator, { startsInHours: -1 })).id;
  anonItem = await addToAgenda(db, meetingId, null);
  caseId = (await sharedCitizen(db, a)).caseId;
  actor = a.actors.coordinator;
});
afterAll(teardownTestDb);

const TEXT = "Borger 120385-1237 har brug for mentor, hvad gør vi?";

describe("a CPR number on an anonymised item", () => {
  it("the hand-added item's question is refused at the field, with the typed text kept, and nothing is written", async () => {
    actor = a.actors.coordinator;
    const before = await databaseFingerprint(testDb().db);
    const r = await actions.addAgendaItemAction(
      { ok: false },
      toFormData({ meetingId, citizenId: "", flagId: "", source: "MANUAL", question: TEXT }),
    );
    expect(r).toMatchObject({ ok: false, fieldErrors: { question: ["meetings.errors.cprInAnonymised"] } });
    expect(r.values?.question).toBe(TEXT);
    expect(await databaseFingerprint(testDb().db)).toEqual(before);
  });

  it("the same text without the CPR number is accepted (a phone number of 8 digits too)", async () => {
    actor = a.actors.coordinator;
    const r = await actions.addAgendaItemAction(
      { ok: false },
      toFormData({ meetingId, citizenId: "", flagId: "", source: "MANUAL", question: "Borger har brug for mentor, tlf. 12345678" }),
    );
    expect(r).toMatchObject({ ok: true });
  });

  it("the item's minutes (notes, decision) are refused at their field", async () => {
    actor = a.actors.coordinator;
    const base = { itemId: anonItem.id, version: String(anonItem.version), notes: "Drøftet", decision: "Mentor", reason: "" };
    const before = await databaseFingerprint(testDb().db);
    for (const field of ["notes", "decision"] as const) {
      const r = await actions.recordItemMinutesAction({ ok: false }, toFormData({ ...base, [field]: TEXT }));
      expect(r).toMatchObject({ ok: false, fieldErrors: { [field]: ["meetings.errors.cprInAnonymised"] } });
      expect(r.values?.[field]).toBe(TEXT);
    }
    expect(await databaseFingerprint(testDb().db)).toEqual(before);
  });

  it("a correction's reason on closed minutes is refused at its field (it is kept in the history)", async () => {
    actor = a.actors.coordinator;
    const { db } = testDb();
    const closed = await createMeeting(db, a.actors.coordinator, { startsInHours: -30, minutesClosed: true });
    const item = await addToAgenda(db, closed.id, null);
    const before = await databaseFingerprint(db);
    const r = await actions.recordItemMinutesAction(
      { ok: false },
      toFormData({ itemId: item.id, version: String(item.version), notes: "Rettet", decision: "", reason: TEXT }),
    );
    expect(r).toMatchObject({ ok: false, fieldErrors: { reason: ["meetings.errors.cprInAnonymised"] } });
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("an action item's description (and a party's name) are refused at their field", async () => {
    actor = a.actors.coordinator;
    const before = await databaseFingerprint(testDb().db);
    const staff = { itemId: anonItem.id, party: "STAFF", assigneeId: a.actors.therapist.userId, description: TEXT, dueOn: dayFromToday(3) };
    expect(await actions.addMeetingTaskAction({ ok: false }, toFormData(staff))).toMatchObject({
      fieldErrors: { description: ["meetings.errors.cprInAnonymised"] },
    });
    const citizen = { ...staff, party: "CITIZEN", assigneeId: "", assigneeText: "Borger 1203851237", description: "Ring til mentor" };
    expect(await actions.addMeetingTaskAction({ ok: false }, toFormData(citizen))).toMatchObject({
      fieldErrors: { assigneeText: ["meetings.errors.cprInAnonymised"] },
    });
    expect(await databaseFingerprint(testDb().db)).toEqual(before);
  });

  it("a conference flag's question is refused (it may reach the agenda anonymised)", async () => {
    actor = a.actors.caseworker;
    const r = await actions.flagForConferenceAction({ ok: false }, toFormData({ caseId, rehabPlanId: "", question: TEXT }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { question: ["meetings.errors.cprInFlag"] } });
  });

  it("property: the use case refuses any anonymised question containing a generated CPR number", async () => {
    const typedCpr = fc
      .tuple(fc.stringMatching(/^\d{6}$/), fc.constantFrom("", "-", " "), fc.stringMatching(/^\d{4}$/))
      .map(([d, sep, s]) => `${d}${sep}${s}`);
    const word = fc.string({ maxLength: 40 }).map((s) => s.replace(/\d/g, ""));
    const before = await databaseFingerprint(testDb().db);
    await fc.assert(
      fc.asyncProperty(word, typedCpr, word, async (x, cpr, y) => {
        await expect(
          addAgendaItem(a.actors.coordinator, { meetingId, citizenId: null, flagId: null, source: "MANUAL", question: `${x}${cpr}${y}` }),
        ).rejects.toMatchObject({ code: "meetings.errors.cprInAnonymised", field: "question" });
      }),
      { numRuns: 40 },
    );
    expect(await databaseFingerprint(testDb().db)).toEqual(before);
  });
});
