// Bad input writes nothing (issue 15 phase 2): each new case-fact use case (visitation category,
// doctor's certificate, early follow-up request, rehabilitation team, reassessment) gets well over
// 100 generated invalid inputs, handled exactly as its server action handles them: parse with the
// shared zod schema, and only when that passes call the domain function. Inputs are either
//   - a well-formed form with at least one field replaced by a value the schema must refuse,
//   - random garbage, or
//   - schema-valid input that a domain rule or the policy must refuse (stale version, unknown or
//     foreign case, future day, day before the absence, closed case, wrong actor …).
// Afterwards every table's content is unchanged, and the only errors are the expected ones.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import { badRawValue, expectUseCaseRefusesAll, useCaseAttempts, type UseCaseAttempt, type UseCaseTarget } from "./support/invalid-input";
import { createCase, dayField, daysAgo, type OrgFixture } from "../factories";
import type { Actor } from "@/lib/auth/policy";
import { DomainRuleError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import {
  ZRecordDoctorCertificate,
  ZRecordEarlyFollowUpRequest,
  ZRecordReassessment,
  ZRecordRehabilitationTeam,
  ZRecordVisitation,
} from "@/lib/validation/case-rules";
import { recordVisitation } from "@/lib/domain/cases/record-visitation";
import { recordDoctorCertificate } from "@/lib/domain/cases/record-doctor-certificate";
import { recordEarlyFollowUpRequest } from "@/lib/domain/cases/record-early-follow-up-request";
import { recordRehabilitationTeam } from "@/lib/domain/cases/record-rehabilitation-team";
import { recordReassessment } from "@/lib/domain/cases/record-reassessment";

const RUNS = 120;

const bad = {
  ...badRawValue,
  category: fc.constantFrom("", "0", "4", "kategori 2", 2, null, ["2"], "2.0"),
  enumValue: fc.constantFrom("", "FOO", "employer", 1, null, ["EMPLOYER"]),
  optionalEnum: fc.constantFrom("FOO", "extended", 1, ["EXTENDED"]),
  optionalText: (max: number) => fc.constantFrom("x".repeat(max + 1), 42, {}, ["a"]),
};

type Attempt = UseCaseAttempt;
type Target = UseCaseTarget;

let f: OrgFixture;
let other: OrgFixture;
let cw: Actor;
const fx = {} as { caseId: string; closedCaseId: string; firstAbsence: Date };

beforeAll(async () => {
  [f, other] = await setupTestDbWithOrgs("Regelrup Kommune", "Andenrup Kommune");
  const { db } = testDb();
  cw = f.actors.caseworker;
  fx.firstAbsence = daysAgo(200);
  fx.caseId = (await createCase(db, f, { firstAbsenceDay: fx.firstAbsence })).id;
  const closed = await createCase(db, f, { firstAbsenceDay: daysAgo(90) });
  await db.sickLeaveCase.update({ where: { id: closed.id }, data: { status: "CLOSED", closedOn: daysAgo(10), closingReason: "MOVED" } });
  fx.closedCaseId = closed.id;
});
afterAll(teardownTestDb);

const today = () => dayField(daysAgo(0));
const future = () => dayField(daysAgo(-2));
const beforeAbsence = () => dayField(daysAgo(201));
const noAccess = () => [f.actors.therapist, f.actors.visitator, f.actors.manager, f.actors.admin, other.actors.caseworker];
/** The same schema-valid input refused: stale version, unknown case, closed case (where it matters), outsiders. */
function refusals(valid: Record<string, unknown>, closedMatters = true): Attempt[] {
  return [
    { actor: cw, input: { ...valid, version: "7" } },
    { actor: cw, input: { ...valid, caseId: randomUUID() } },
    ...(closedMatters ? [{ actor: cw, input: { ...valid, caseId: fx.closedCaseId } }] : []),
    ...noAccess().map((actor) => ({ actor, input: valid })),
  ];
}

const targets: Target[] = [
  {
    name: "recordVisitation",
    schema: ZRecordVisitation,
    call: recordVisitation as Target["call"],
    base: () => ({ caseId: fx.caseId, version: "1", category: "2", visitedOn: today(), note: "" }),
    invalid: { caseId: bad.id, version: bad.version, category: bad.category, visitedOn: bad.day, note: bad.optionalText(1000) },
    refused: () => [
      { actor: cw, input: { caseId: fx.caseId, version: "1", category: "3", visitedOn: future() } },
      { actor: cw, input: { caseId: fx.caseId, version: "1", category: "3", visitedOn: beforeAbsence() } },
      ...refusals({ caseId: fx.caseId, version: "1", category: "3", visitedOn: today() }),
    ],
  },
  {
    name: "recordDoctorCertificate",
    schema: ZRecordDoctorCertificate,
    call: recordDoctorCertificate as Target["call"],
    base: () => ({ caseId: fx.caseId, version: "1", requestedOn: dayField(daysAgo(5)), receivedOn: today() }),
    invalid: { caseId: bad.id, version: bad.version, requestedOn: bad.optionalDay, receivedOn: bad.optionalDay },
    refused: () => [
      { actor: cw, input: { caseId: fx.caseId, version: "1", requestedOn: "", receivedOn: "" } },
      { actor: cw, input: { caseId: fx.caseId, version: "1", requestedOn: today(), receivedOn: dayField(daysAgo(3)) } },
      { actor: cw, input: { caseId: fx.caseId, version: "1", receivedOn: future() } },
      { actor: cw, input: { caseId: fx.caseId, version: "1", requestedOn: beforeAbsence() } },
      ...refusals({ caseId: fx.caseId, version: "1", receivedOn: today() }, false),
    ],
  },
  {
    name: "recordEarlyFollowUpRequest",
    schema: ZRecordEarlyFollowUpRequest,
    call: recordEarlyFollowUpRequest as Target["call"],
    base: () => ({ caseId: fx.caseId, version: "1", requestedOn: today(), requestedBy: "EMPLOYER", declinedByEmployeeOn: "", note: "" }),
    invalid: {
      caseId: bad.id,
      version: bad.version,
      requestedOn: bad.day,
      requestedBy: bad.enumValue,
      declinedByEmployeeOn: bad.optionalDay,
      note: bad.optionalText(1000),
    },
    refused: () => [
      {
        actor: cw,
        input: { caseId: fx.caseId, version: "1", requestedOn: today(), requestedBy: "EMPLOYEE", declinedByEmployeeOn: today() },
      },
      {
        actor: cw,
        input: {
          caseId: fx.caseId,
          version: "1",
          requestedOn: today(),
          requestedBy: "EMPLOYER",
          declinedByEmployeeOn: dayField(daysAgo(1)),
        },
      },
      { actor: cw, input: { caseId: fx.caseId, version: "1", requestedOn: future(), requestedBy: "EMPLOYEE" } },
      { actor: cw, input: { caseId: fx.caseId, version: "1", requestedOn: beforeAbsence(), requestedBy: "EMPLOYEE" } },
      ...refusals({ caseId: fx.caseId, version: "1", requestedOn: today(), requestedBy: "EMPLOYEE" }),
    ],
  },
  {
    name: "recordRehabilitationTeam",
    schema: ZRecordRehabilitationTeam,
    call: recordRehabilitationTeam as Target["call"],
    base: () => ({ caseId: fx.caseId, version: "1", presentedOn: today(), note: "" }),
    invalid: { caseId: bad.id, version: bad.version, presentedOn: bad.day, note: bad.optionalText(1000) },
    refused: () => [
      { actor: cw, input: { caseId: fx.caseId, version: "1", presentedOn: future() } },
      { actor: cw, input: { caseId: fx.caseId, version: "1", presentedOn: beforeAbsence() } },
      ...refusals({ caseId: fx.caseId, version: "1", presentedOn: today() }),
    ],
  },
  {
    name: "recordReassessment",
    schema: ZRecordReassessment,
    call: recordReassessment as Target["call"],
    base: () => ({
      caseId: fx.caseId,
      version: "1",
      decidedOn: today(),
      outcome: "EXTENDED",
      ground: "MEDICAL_TREATMENT",
      extendedUntil: dayField(daysAgo(-60)),
      note: "",
    }),
    invalid: {
      caseId: bad.id,
      version: bad.version,
      decidedOn: bad.day,
      outcome: bad.enumValue,
      ground: bad.optionalEnum,
      extendedUntil: bad.optionalDay,
      note: bad.optionalText(1000),
    },
    refused: () => [
      { actor: cw, input: { caseId: fx.caseId, version: "1", decidedOn: today(), outcome: "EXTENDED" } },
      { actor: cw, input: { caseId: fx.caseId, version: "1", decidedOn: today(), outcome: "BENEFIT_ENDED", ground: "MEDICAL_TREATMENT" } },
      {
        actor: cw,
        input: { caseId: fx.caseId, version: "1", decidedOn: today(), outcome: "EXTENDED", ground: "REVALIDATION", extendedUntil: today() },
      },
      { actor: cw, input: { caseId: fx.caseId, version: "1", decidedOn: future(), outcome: "JOB_CLARIFICATION_COURSE" } },
      { actor: cw, input: { caseId: fx.caseId, version: "1", decidedOn: beforeAbsence(), outcome: "JOB_CLARIFICATION_COURSE" } },
      ...refusals({ caseId: fx.caseId, version: "1", decidedOn: today(), outcome: "JOB_CLARIFICATION_COURSE" }),
    ],
  },
];

const ALLOWED = [ValidationError, DomainRuleError, NotFoundError];

describe("invalid input to the 2014 case facts writes nothing", () => {
  it("the well-formed base input of each target is valid (so the generators only corrupt valid forms)", () => {
    for (const t of targets) expect(t.schema.safeParse(t.base()).success, t.name).toBe(true);
  });

  for (const t of targets) {
    it(`${t.name}: ${RUNS} invalid inputs, 0 rows written, only expected errors`, async () => {
      await expectUseCaseRefusesAll(t, useCaseAttempts(t, cw), { runs: RUNS, allowed: ALLOWED });
    }, 120_000);
  }
});
