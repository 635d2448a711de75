// A stale meeting tab (uxfix item 1): when adding a suggestion is refused because it is already on
// the agenda (another tab or coordinator added it first), the server action refreshes the page like
// after a success, so the refusing tab shows "already on the agenda" instead of the add button.
// Other refusals (bad input, closed minutes) leave the page as it is. Through the real server action.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { toFormData } from "./support/invalid-input";
import { createOrg, databaseFingerprint, type OrgFixture } from "../factories";
import { consentInState, createMeeting, sharedCitizen } from "../factories/consents";
import type { Actor } from "@/lib/auth/policy";

let actor: Actor;
const revalidatePath = vi.fn();
vi.mock("@/lib/auth/session", () => ({ requireActor: async () => actor, getActor: async () => actor }));
vi.mock("next/cache", () => ({ revalidatePath: (...args: unknown[]) => revalidatePath(...args) }));
const { addAgendaItemAction } = await import("@/app/(app)/meetings/actions");

let a: OrgFixture;
const fx = {} as Record<"meetingId" | "closedMeetingId" | "citizenId", string>;

beforeAll(async () => {
  await setupTestDb();
  const { db } = testDb();
  a = await createOrg(db, "Mødefane A");
  actor = a.actors.coordinator;
  const w = await sharedCitizen(db, a);
  await consentInState(db, a, w.citizenId, "active", ["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"]);
  fx.citizenId = w.citizenId;
  fx.meetingId = (await createMeeting(db, actor, { startsInHours: 24 })).id;
  fx.closedMeetingId = (await createMeeting(db, actor, { startsInHours: -24, minutesClosed: true })).id;
});
afterAll(teardownTestDb);
beforeEach(() => revalidatePath.mockClear());

const add = (over: Record<string, unknown>) =>
  addAgendaItemAction(
    { ok: false },
    toFormData({
      meetingId: fx.meetingId,
      citizenId: "",
      flagId: "",
      source: "DEADLINE",
      question: "Opfølgning: frist overskredet",
      ...over,
    }),
  );

describe("adding a suggestion that another tab has already added", () => {
  it("an anonymised suggestion: refused as already on the agenda, nothing written, and the page is refreshed", async () => {
    const first = await add({});
    expect(first.ok).toBe(true);
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
    revalidatePath.mockClear();

    const before = await databaseFingerprint(testDb().db);
    const stale = await add({});
    expect(stale).toMatchObject({ ok: false, formError: "meetings.errors.alreadyOnAgenda" });
    expect(await databaseFingerprint(testDb().db)).toEqual(before);
    expect(revalidatePath).toHaveBeenCalledTimes(1);
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
  });

  it("a named suggestion: refused next to the citizen, and the page is refreshed", async () => {
    expect((await add({ citizenId: fx.citizenId, source: "REFERRAL_WAITING", question: "Venter på tilbud" })).ok).toBe(true);
    revalidatePath.mockClear();
    const stale = await add({ citizenId: fx.citizenId, source: "REFERRAL_WAITING", question: "Venter på tilbud" });
    expect(stale).toMatchObject({ ok: false, fieldErrors: { citizenId: ["meetings.errors.alreadyOnAgenda"] } });
    expect(revalidatePath).toHaveBeenCalledTimes(1);
  });

  it("other refusals do not refresh the page (bad input, closed minutes)", async () => {
    expect((await add({ source: "NOT_A_SOURCE" })).ok).toBe(false);
    expect((await add({ meetingId: fx.closedMeetingId })).formError).toBe("meetings.errors.minutesClosed");
    expect(revalidatePath).not.toHaveBeenCalled();
  });
});
