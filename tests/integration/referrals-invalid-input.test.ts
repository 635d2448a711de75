// Bad input never writes: at least 100 generated invalid inputs into each mutating server action
// of the programme catalogue and referrals, through the real action (schema → domain), asserting
// that the action reports failure and that no row was written anywhere it could write.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import type { Actor } from "@/lib/auth/policy";
import type { Db } from "@/lib/db/client";
import { createCase, createOrg, type OrgFixture } from "../factories/core";
import { createProgrammeWithCriteria, referralIn, type ProgrammeFixture } from "../factories/health";
import { setupTestDb, teardownTestDb } from "./support/db";
import { badUnicodeText } from "../factories/unicode";
import { PROGRAMME_FORM_FIELDS } from "../factories/programme-form";
import { corruptFields } from "./support/invalid-input";

let actor: Actor;
vi.mock("@/lib/auth/session", () => ({ requireActor: async () => actor, getActor: async () => actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: () => {
    throw new Error("redirect must not happen for invalid input");
  },
  notFound: () => {
    throw new Error("notFound");
  },
}));

const { createProgrammeAction, updateProgrammeAction } = await import("@/app/(app)/programmes/actions");
const { transitionReferralAction, assignTherapistAction } = await import("@/app/(app)/referrals/[referralId]/actions");
const { createReferralAction } = await import("@/app/(app)/cases/[caseId]/referrals/actions");

const RUNS = 110;
let db: Db;
let f: OrgFixture;
let p: ProgrammeFixture;
let openCaseId: string;
let closedCaseId: string;
let submitted: { id: string; version: number };
let started: { id: string; version: number };
/** A new referral to a programme with free places (wait-listing it needs a stated reason). */
let roomySubmitted: { id: string; version: number };

beforeAll(async () => {
  db = await setupTestDb();
  f = await createOrg(db, "Fejlrup Kommune");
  p = await createProgrammeWithCriteria(db, f, { capacity: 1 });
  openCaseId = (await createCase(db, f)).id;
  const closed = await createCase(db, f);
  await db.sickLeaveCase.update({ where: { id: closed.id }, data: { status: "CLOSED", closedOn: new Date(), closingReason: "MOVED" } });
  closedCaseId = closed.id;
  submitted = await referralIn(f, p, (await createCase(db, f)).id, "SUBMITTED");
  started = await referralIn(f, p, (await createCase(db, f)).id, "STARTED");
  const roomy = await createProgrammeWithCriteria(db, f, { capacity: 5 });
  roomySubmitted = await referralIn(f, roomy, (await createCase(db, f)).id, "SUBMITTED");
});
afterAll(teardownTestDb);

async function counts() {
  const [programmes, criteria, referrals, events, versions, logs, cases] = await Promise.all([
    db.programme.count(),
    db.programmeCriterion.count(),
    db.referral.count(),
    db.referralEvent.count(),
    db.recordVersion.count(),
    db.accessLog.count({ where: { outcome: { not: "DENIED" } } }),
    db.sickLeaveCase.findMany({ select: { id: true, nextDeadlineOn: true, version: true } }),
  ]);
  const referralRows = await db.referral.findMany({
    select: { id: true, status: true, version: true, assignedTherapistId: true },
    orderBy: { id: "asc" },
  });
  const programmeRows = await db.programme.findMany({
    select: { id: true, version: true, priceDkk: true, name: true },
    orderBy: { id: "asc" },
  });
  return { programmes, criteria, referrals, events, versions, logs, cases, referralRows, programmeRows };
}

function formData(obj: Record<string, unknown>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const x of v) fd.append(k, String(x));
    else fd.append(k, String(v));
  }
  return fd;
}

/** Replaces one or more (up to all) fields of a valid input with values that are invalid for that field. */
const corrupt = (valid: Record<string, unknown>, bad: Record<string, fc.Arbitrary<unknown>>) => corruptFields(valid, bad, Infinity);

/** Text a text field must refuse: too long, or with control, direction-override or only invisible characters (issue 8 item 4). */
const longText = (n: number) =>
  fc.oneof(
    fc.string({ minLength: n + 1, maxLength: n + 40 }).filter((s) => s.trim().length > n),
    badUnicodeText(n),
  );
const blank = fc.constantFrom("", " ", "\t", "   ");
const notUuid = fc.oneof(
  blank,
  fc.string({ maxLength: 40 }).filter((s) => !/^[0-9a-f-]{36}$/i.test(s.trim())),
  fc.constant("../../etc/passwd"),
  fc.constant("' OR 1=1 --"),
);
const missingUuid = fc.uuid({ version: 4 }).filter((u) => u !== p.id);
const badInt = (min: number, max: number) =>
  fc.oneof(
    blank,
    fc.constantFrom("abc", "1e9", "NaN", "Infinity", "1,5", "2.5", "--1"),
    fc.integer({ min: -1_000_000, max: min - 1 }).map(String),
    fc.integer({ min: max + 1, max: 2_000_000_000 }).map(String),
  );

function programmeValid() {
  return {
    ...PROGRAMME_FORM_FIELDS,
    "conditionTags[]": ["back"],
    "criterionKey[]": ["new-1"],
    "criterionText[]": ["Lænderygsmerter"],
    "criterionRequired[]": ["new-1"],
  };
}
const programmeBad = {
  name: fc.oneof(blank, longText(200)),
  description: fc.oneof(blank, longText(4000)),
  targetGroup: blank,
  format: fc.string({ maxLength: 12 }).filter((s) => s !== "GROUP" && s !== "INDIVIDUAL"),
  weeks: badInt(1, 104),
  hoursPerWeek: fc.oneof(blank, fc.constantFrom("0", "0,4", "38", "x", "-2")),
  capacity: badInt(1, 500),
  priceDkk: badInt(0, 1_000_000),
  "conditionTags[]": fc.array(fc.constantFrom("elbow", "BACK", "", "<script>"), { minLength: 1, maxLength: 3 }),
  "criterionText[]": fc.constantFrom([""], ["  "], ["a", "b"]),
  "criterionKey[]": fc.constantFrom(["bad key!"], ["new-1", "new-1"], ["x".repeat(60)]),
  "criterionRequired[]": fc.constantFrom(["new-7"], ["nope"]),
};

async function expectNoWrites(
  action: (prev: { ok: boolean }, fd: FormData) => Promise<{ ok: boolean }>,
  inputs: fc.Arbitrary<Record<string, unknown>>,
) {
  const before = await counts();
  await fc.assert(
    fc.asyncProperty(inputs, async (obj) => {
      const res = await action({ ok: false }, formData(obj));
      expect(res.ok).toBe(false);
    }),
    { numRuns: RUNS },
  );
  expect(await counts()).toEqual(before);
}

describe("invalid input writes nothing", () => {
  it("createProgrammeAction", async () => {
    actor = f.actors.visitator;
    await expectNoWrites(
      createProgrammeAction,
      fc.oneof(corrupt(programmeValid(), programmeBad), fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 }))),
    );
  });

  it("updateProgrammeAction", async () => {
    actor = f.actors.visitator;
    const valid = {
      ...programmeValid(),
      programmeId: p.id,
      version: "1",
      "criterionKey[]": [p.criteria[0]!.id],
      "criterionText[]": ["Ny tekst"],
      "criterionRequired[]": [],
    };
    await expectNoWrites(
      updateProgrammeAction,
      fc.oneof(
        corrupt(valid, {
          ...programmeBad,
          programmeId: fc.oneof(notUuid, missingUuid),
          version: fc.oneof(badInt(1, 1_000_000), fc.constantFrom("2", "99")),
        }),
        // Valid shape but a stale version: refused by the domain.
        fc.constantFrom("2", "3", "50").map((version) => ({ ...valid, version })),
      ),
    );
  });

  it("createReferralAction", async () => {
    actor = f.actors.caseworker;
    const answers = Object.fromEntries(p.criteria.map((c) => [`answer.${c.id}`, "YES"]));
    const valid = {
      caseId: openCaseId,
      programmeId: p.id,
      reason: "Lænderygsmerter, ønsker at vende tilbage",
      "criterionIds[]": p.criteria.map((c) => c.id),
      ...answers,
    };
    const required = p.criteria.filter((c) => c.required);
    await expectNoWrites(
      createReferralAction,
      fc.oneof(
        corrupt(valid, {
          caseId: fc.oneof(notUuid, fc.constant(closedCaseId), missingUuid),
          programmeId: fc.oneof(notUuid, missingUuid),
          reason: fc.oneof(blank, fc.constantFrom("a", "ab"), longText(2000)),
          [`answer.${p.criteria[0]!.id}`]: fc.oneof(blank, fc.constantFrom("yes", "JA", "MAYBE", "NO")),
          [`answer.${p.criteria[1]!.id}`]: fc.constantFrom("", "NO", "nej", "null"),
          "criterionIds[]": fc.constantFrom([p.criteria[0]!.id], ["not-a-uuid"]),
          overrideJustification: longText(2000),
        }),
        // A required item answered NO without (or with a too short) justification.
        fc
          .tuple(fc.constantFrom(...required), fc.oneof(fc.constant(undefined), fc.string({ maxLength: 9 })))
          .map(([c, o]) => ({ ...valid, [`answer.${c.id}`]: "NO", overrideJustification: o })),
      ),
    );
  });

  it("transitionReferralAction", async () => {
    actor = f.actors.visitator;
    const valid = { referralId: submitted.id, version: String(submitted.version), action: "accept", reason: "" };
    await expectNoWrites(
      transitionReferralAction,
      fc.oneof(
        corrupt(valid, {
          referralId: fc.oneof(notUuid, missingUuid),
          version: fc.oneof(badInt(1, 1_000_000), fc.constantFrom("2", "7")),
          action: fc
            .string({ maxLength: 12 })
            .filter((s) => !["accept", "waitlist", "reject", "start", "complete", "drop", "return"].includes(s)),
        }),
        // Reason-required actions without a reason, illegal transitions, and a start beyond capacity.
        fc
          .record({ action: fc.constantFrom("reject", "drop", "return"), reason: fc.oneof(blank, fc.constantFrom("a", "ab", "  x ")) })
          .map((o) => ({ ...valid, ...o })),
        fc.constantFrom("complete", "drop", "start").map((action) => ({ ...valid, action, reason: "en god begrundelse" })),
        fc
          .constantFrom("accept", "waitlist", "reject", "start")
          .map((action) => ({ referralId: started.id, version: String(started.version), action, reason: "en god begrundelse" })),
        // Wait-listing while the programme has free places, without a stated reason (issue 8 item 8).
        fc
          .oneof(blank, fc.constantFrom("a", "ab", " x  "))
          .map((reason) => ({ referralId: roomySubmitted.id, version: String(roomySubmitted.version), action: "waitlist", reason })),
      ),
    );
  });

  it("assignTherapistAction", async () => {
    actor = f.actors.visitator;
    const valid = { referralId: submitted.id, version: String(submitted.version), therapistId: f.actors.therapist.userId };
    await expectNoWrites(
      assignTherapistAction,
      corrupt(valid, {
        referralId: fc.oneof(notUuid, missingUuid),
        version: fc.oneof(badInt(1, 1_000_000), fc.constantFrom("2", "9")),
        therapistId: fc.oneof(notUuid, missingUuid, fc.constantFrom(f.actors.visitator.userId, f.actors.caseworker.userId)),
      }),
    );
  });

  it("a caseworker's valid-looking triage and a therapist's referral are refused without writes", async () => {
    actor = f.actors.caseworker;
    await expectNoWrites(
      transitionReferralAction,
      fc.constantFrom("accept", "waitlist").map((action) => ({ referralId: submitted.id, version: String(submitted.version), action })),
    );
    actor = f.actors.therapist;
    const answers = Object.fromEntries(p.criteria.map((c) => [`answer.${c.id}`, "YES"]));
    await expectNoWrites(
      createReferralAction,
      fc.constant({
        caseId: openCaseId,
        programmeId: p.id,
        reason: "Lænderygsmerter",
        "criterionIds[]": p.criteria.map((c) => c.id),
        ...answers,
      }),
    );
  });

  it("control: the same actions with valid input do write (the harness reaches the domain)", async () => {
    actor = f.actors.caseworker;
    const answers = Object.fromEntries(p.criteria.map((c) => [`answer.${c.id}`, "YES"]));
    const created = await createReferralAction(
      { ok: false },
      formData({
        caseId: openCaseId,
        programmeId: p.id,
        reason: "Lænderygsmerter, ønsker at vende tilbage",
        "criterionIds[]": p.criteria.map((c) => c.id),
        ...answers,
      }),
    );
    expect(created.ok).toBe(true);
    actor = f.actors.visitator;
    const moved = await transitionReferralAction(
      { ok: false },
      formData({ referralId: submitted.id, version: String(submitted.version), action: "accept" }),
    );
    expect(moved).toMatchObject({ ok: true, message: "referrals.done.accept" });
  });
});
