// Bad input writes nothing. Each mutating use case of the jobcenter case work gets well over 100
// generated invalid inputs (fast-check), exactly as its server action handles them: parse with the
// shared zod schema, and only when that passes call the domain function. Inputs are either
//   - a well-formed form with at least one field replaced by a value the schema must refuse,
//   - random garbage, or
//   - schema-valid input that a domain rule or the policy must refuse (stale version, unknown or
//     foreign id, future date, duplicate CPR, second open case, wrong actor…).
// Afterwards every table's content is unchanged, and the only errors are ValidationError,
// DomainRuleError, NotFoundError or a schema failure.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import { badRawValue, expectUseCaseRefusesAll, useCaseAttempts, type UseCaseAttempt, type UseCaseTarget } from "./support/invalid-input";
import { badUnicodeName, badUnicodeText, citizenForm, dayField, daysAgo, nextCpr, type OrgFixture } from "../factories";
import type { Actor } from "@/lib/auth/policy";
import { DomainRuleError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { ZCorrectCitizen, ZCreateCitizen, ZVoidCitizen } from "@/lib/validation/citizens";
import {
  ZChangeCaseStatus,
  ZCorrectCase,
  ZGrantExemption,
  ZOpenCase,
  ZReassignCase,
  ZRecordCaseMilestone,
  ZVoidCase,
  ZVoidExemption,
} from "@/lib/validation/cases";
import { ZCancelFollowUp, ZCorrectFollowUp, ZPlanFollowUp, ZRecordHeldFollowUp, ZVoidFollowUp } from "@/lib/validation/followups";
import { createCitizen } from "@/lib/domain/citizens/create-citizen";
import { correctCitizen } from "@/lib/domain/citizens/correct-citizen";
import { voidCitizen } from "@/lib/domain/citizens/void-citizen";
import { openCase } from "@/lib/domain/cases/open-case";
import { changeCaseStatus } from "@/lib/domain/cases/change-case-status";
import { grantExemption } from "@/lib/domain/cases/grant-exemption";
import { recordCaseMilestone } from "@/lib/domain/cases/record-case-milestone";
import { voidExemption } from "@/lib/domain/cases/void-exemption";
import { reassignCase } from "@/lib/domain/cases/reassign-case";
import { correctCase } from "@/lib/domain/cases/correct-case";
import { voidCase } from "@/lib/domain/cases/void-case";
import { planFollowUp } from "@/lib/domain/followups/plan-follow-up";
import { recordHeldFollowUp } from "@/lib/domain/followups/record-held-follow-up";
import { cancelFollowUp } from "@/lib/domain/followups/cancel-follow-up";
import { correctFollowUp } from "@/lib/domain/followups/correct-follow-up";
import { voidFollowUp } from "@/lib/domain/followups/void-follow-up";
import { instantToDanishLocal } from "@/lib/time";

const RUNS = 120;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// ---- values each kind of field must refuse -------------------------------------------------------
const bad = {
  ...badRawValue,
  optionalId: fc.oneof(
    fc.constantFrom("123", "not-an-id", 42, ["x"]),
    fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s !== "" && !GUID.test(s)),
  ),
  optionalVersion: fc.constantFrom("0", "-1", "abc", "1.5", "1e12", [], {}),
  dateTime: fc.constantFrom("", "2026-02-30T10:00", "2026-01-01", "2026-01-01 10:00", "2026-13-01T10:00", "2026-01-01T24:00", "x", 5, null),
  optionalDateTime: fc.constantFrom("2026-02-30T10:00", "2026-01-01", "2026-13-01T10:00", "2026-01-01T24:00", "x", 5),
  enumValue: fc.constantFrom("", "FOO", "active", 1, null, ["ACTIVE"]),
  text: (max: number) => fc.oneof(fc.constantFrom("", "   ", null, 42, "x".repeat(max + 1)), badUnicodeText(max)),
  optionalText: (max: number) => fc.oneof(fc.constantFrom("x".repeat(max + 1), 42, {}, ["a"]), badUnicodeText(max)),
  name: (max: number) => fc.oneof(fc.constantFrom("", "   ", null, 42), badUnicodeName(max)),
  reason: fc.constantFrom("", "ab", "  a  ", "x".repeat(1001), null),
  cpr: fc.constantFrom(
    "",
    "123",
    "3102701234",
    "3113801234",
    "abcdefghij",
    "12345678901",
    "010190-12345",
    null,
    "010130\u20134000",
    "0101304000",
  ),
  optionalCpr: fc.constantFrom("123", "3102701234", "abcdefghij", "12345678901", 42, "010130\u22124000"),
  email: fc.constantFrom("nope", "a@", "@b.dk", 5),
  phone: fc.constantFrom("abc", "12", "+45 12", 5),
  participants: fc.constantFrom([], ["FOO"], "CITIZEN", 5, undefined, [["CITIZEN"]]),
  optionalParticipants: fc.constantFrom(["FOO"], "CITIZEN", 5, [["CITIZEN"]]),
  hours: fc.constantFrom("0", "38", "abc", "-5", "Infinity"),
};

const citizenFields = {
  firstName: bad.name(100),
  lastName: bad.name(100),
  phone: bad.phone,
  email: bad.email,
  address: bad.optionalText(300),
  employmentStatus: bad.enumValue,
  occupation: bad.optionalText(200),
  industry: bad.optionalText(200),
  employerName: bad.optionalText(200),
  employerContactName: bad.optionalText(200),
  employerPhone: bad.phone,
  employerEmail: bad.email,
};

type Attempt = UseCaseAttempt;
type Target = UseCaseTarget;

// ---- fixture: one organisation with an open case (exemption, planned and held follow-up),
// ---- a citizen without a case, a closed case, and a caseworker of another organisation ---------
let f: OrgFixture;
let other: OrgFixture;
let cw: Actor;
const fx = {} as {
  citizenWithCase: { id: string; cpr: string };
  citizenFree: { id: string; cpr: string };
  caseId: string;
  closedCaseId: string;
  exemptionId: string;
  plannedId: string;
  heldId: string;
  caseVersion: number;
};

beforeAll(async () => {
  [f, other] = await setupTestDbWithOrgs("Fejlrup Kommune", "Andenrup Kommune");
  const { db } = testDb();
  cw = f.actors.caseworker;
  const reg = async () => {
    const cpr = nextCpr();
    return { id: (await createCitizen(cw, ZCreateCitizen.parse(citizenForm(cpr)))).id, cpr };
  };
  fx.citizenWithCase = await reg();
  fx.citizenFree = await reg();
  const closedCitizen = await reg();
  fx.caseId = (
    await openCase(
      cw,
      ZOpenCase.parse({
        citizenId: fx.citizenWithCase.id,
        firstAbsenceDay: dayField(daysAgo(60)),
        diagnosisGroup: "MENTAL",
        caseworkerId: cw.userId,
      }),
    )
  ).id;
  fx.exemptionId = (
    await grantExemption(
      cw,
      ZGrantExemption.parse({
        caseId: fx.caseId,
        version: "1",
        exemptionReason: "IMMINENT_RETURN",
        fromOn: dayField(daysAgo(50)),
        untilOn: dayField(daysAgo(40)),
      }),
    )
  ).id;
  fx.plannedId = (
    await planFollowUp(
      cw,
      ZPlanFollowUp.parse({ caseId: fx.caseId, scheduledAt: instantToDanishLocal(new Date(Date.now() + 86_400_000)), mode: "PHONE" }),
    )
  ).id;
  fx.heldId = (
    await recordHeldFollowUp(
      cw,
      ZRecordHeldFollowUp.parse({
        caseId: fx.caseId,
        heldAt: instantToDanishLocal(new Date(Date.now() - 10 * 86_400_000)),
        mode: "IN_PERSON",
        participants: ["CITIZEN", "CASEWORKER"],
        summary: "Første samtale.",
      }),
    )
  ).id;
  fx.closedCaseId = (
    await openCase(
      cw,
      ZOpenCase.parse({
        citizenId: closedCitizen.id,
        firstAbsenceDay: dayField(daysAgo(90)),
        diagnosisGroup: "OTHER",
        caseworkerId: cw.userId,
      }),
    )
  ).id;
  await changeCaseStatus(
    cw,
    ZChangeCaseStatus.parse({
      caseId: fx.closedCaseId,
      version: "1",
      status: "CLOSED",
      effectiveOn: dayField(daysAgo(30)),
      closingReason: "MOVED",
    }),
  );
  fx.caseVersion = (await db.sickLeaveCase.findUniqueOrThrow({ where: { id: fx.caseId } })).version;
});
afterAll(teardownTestDb);

/** The open case's current version (a form loaded now carries it). */
const cv = () => String(fx.caseVersion);
const stale = () => String(fx.caseVersion + 1);
const past = (days: number) => instantToDanishLocal(new Date(Date.now() - days * 86_400_000));
const future = (days: number) => instantToDanishLocal(new Date(Date.now() + days * 86_400_000));
const noAccess = () => [f.actors.therapist, f.actors.manager, f.actors.admin, f.actors.coordinator, other.actors.caseworker];
/** The same `input` tried by each actor without access. */
const noAccessWith = (input: Record<string, unknown>) => noAccess().map((actor) => ({ actor, input }));

const targets: Target[] = [
  {
    name: "createCitizen",
    schema: ZCreateCitizen,
    call: createCitizen as Target["call"],
    base: () => citizenForm(nextCpr()),
    invalid: { cpr: bad.cpr, ...citizenFields },
    refused: () => [
      { actor: cw, input: citizenForm(fx.citizenWithCase.cpr) },
      { actor: cw, input: citizenForm(`${fx.citizenFree.cpr.slice(0, 6)}-${fx.citizenFree.cpr.slice(6)}`) },
      ...noAccess()
        .filter((a) => a.organisationId === f.org.id)
        .map((actor) => ({ actor, input: citizenForm(nextCpr()) })),
    ],
  },
  {
    name: "correctCitizen",
    schema: ZCorrectCitizen,
    call: correctCitizen as Target["call"],
    base: () => ({ ...citizenForm(""), citizenId: fx.citizenFree.id, version: "1", reason: "Rettelse", lastName: "Ny" }),
    invalid: { citizenId: bad.id, version: bad.version, reason: bad.reason, cpr: bad.optionalCpr, ...citizenFields },
    refused: () => [
      { actor: cw, input: { ...citizenForm(""), citizenId: fx.citizenFree.id, version: "7", reason: "Forældet formular", lastName: "Ny" } },
      { actor: cw, input: { ...citizenForm(""), citizenId: fx.citizenFree.id, version: "1", reason: "Ingen ændring" } },
      { actor: cw, input: { ...citizenForm(fx.citizenWithCase.cpr), citizenId: fx.citizenFree.id, version: "1", reason: "Dublet-CPR" } },
      { actor: cw, input: { ...citizenForm(""), citizenId: randomUUID(), version: "1", reason: "Ukendt borger", lastName: "Ny" } },
      ...noAccessWith({ ...citizenForm(""), citizenId: fx.citizenFree.id, version: "1", reason: "Ingen adgang", lastName: "Ny" }),
    ],
  },
  {
    name: "voidCitizen",
    schema: ZVoidCitizen,
    call: voidCitizen as Target["call"],
    base: () => ({ citizenId: fx.citizenFree.id, version: "1", reason: "Oprettet ved en fejl" }),
    invalid: { citizenId: bad.id, version: bad.version, reason: bad.reason },
    refused: () => [
      { actor: cw, input: { citizenId: fx.citizenWithCase.id, version: "1", reason: "Har en sag" } },
      { actor: cw, input: { citizenId: fx.citizenFree.id, version: cv(), reason: "Forældet formular" } },
      { actor: cw, input: { citizenId: randomUUID(), version: "1", reason: "Ukendt borger" } },
      ...noAccessWith({ citizenId: fx.citizenFree.id, version: "1", reason: "Ingen adgang" }),
    ],
  },
  {
    name: "openCase",
    schema: ZOpenCase,
    call: openCase as Target["call"],
    base: () => ({
      citizenId: fx.citizenFree.id,
      firstAbsenceDay: dayField(daysAgo(3)),
      diagnosisGroup: "OTHER",
      diagnosisDetail: "",
      caseworkerId: cw.userId,
    }),
    invalid: {
      citizenId: bad.id,
      firstAbsenceDay: bad.day,
      diagnosisGroup: bad.enumValue,
      diagnosisDetail: bad.optionalText(200),
      caseworkerId: bad.id,
    },
    refused: () => {
      const opening = {
        citizenId: fx.citizenFree.id,
        firstAbsenceDay: dayField(daysAgo(3)),
        diagnosisGroup: "OTHER",
        caseworkerId: cw.userId,
      };
      return [
        { actor: cw, input: { ...opening, citizenId: fx.citizenWithCase.id } },
        { actor: cw, input: { ...opening, firstAbsenceDay: dayField(daysAgo(-2)) } },
        { actor: cw, input: { ...opening, firstAbsenceDay: "1900-01-02" } },
        { actor: cw, input: { ...opening, caseworkerId: f.actors.therapist.userId } },
        { actor: cw, input: { ...opening, caseworkerId: other.actors.caseworker.userId } },
        { actor: cw, input: { ...opening, citizenId: randomUUID() } },
        ...noAccess().map((actor) => ({ actor, input: { ...opening, caseworkerId: actor.userId } })),
      ];
    },
  },
  {
    name: "changeCaseStatus",
    schema: ZChangeCaseStatus,
    call: changeCaseStatus as Target["call"],
    base: () => ({
      caseId: fx.caseId,
      version: cv(),
      status: "PARTIAL_RETURN",
      effectiveOn: dayField(daysAgo(1)),
      hoursPerWeek: "15",
      closingReason: "",
      note: "",
    }),
    invalid: {
      caseId: bad.id,
      version: bad.version,
      status: bad.enumValue,
      effectiveOn: bad.day,
      hoursPerWeek: bad.hours,
      closingReason: fc.constantFrom("FOO", "active", 1),
      note: bad.optionalText(1000),
      // Decisions on loose ends (issue 8 item 6): an unknown kind, an id that is not one, a malformed value.
      "decision.referral.not-a-uuid": fc.constantFrom("return@1", "complete@2"),
      "decision.task.00000000-0000-4000-8000-000000000000": fc.constantFrom("cancel@1"),
      "decision.followUp.00000000-0000-4000-8000-000000000000": fc.constantFrom(
        "maybe",
        "cancel@0",
        "cancel@",
        "return@-1",
        "cancel@1x",
        5,
      ),
    },
    refused: () => {
      const partialReturn = {
        caseId: fx.caseId,
        version: cv(),
        status: "PARTIAL_RETURN",
        effectiveOn: dayField(daysAgo(1)),
        hoursPerWeek: "15",
      };
      const closing = { caseId: fx.caseId, version: cv(), status: "CLOSED", effectiveOn: dayField(daysAgo(1)), closingReason: "MOVED" };
      return [
        { actor: cw, input: { ...partialReturn, version: stale() } },
        { actor: cw, input: { caseId: fx.caseId, version: cv(), status: "ACTIVE", effectiveOn: dayField(daysAgo(1)) } },
        { actor: cw, input: { ...closing, effectiveOn: dayField(daysAgo(-1)) } },
        // Closing with the planned follow-up (a loose end) undecided: refused by the domain (issue 8 item 6).
        { actor: cw, input: closing },
        { actor: cw, input: { ...closing, effectiveOn: dayField(daysAgo(61)) } },
        { actor: cw, input: { caseId: fx.closedCaseId, version: "2", status: "ACTIVE", effectiveOn: dayField(daysAgo(31)) } },
        { actor: cw, input: { ...closing, caseId: randomUUID(), version: "1" } },
        ...noAccessWith(partialReturn),
      ];
    },
  },
  {
    name: "grantExemption",
    schema: ZGrantExemption,
    call: grantExemption as Target["call"],
    base: () => ({
      caseId: fx.caseId,
      version: cv(),
      exemptionReason: "PREGNANCY_RELATED",
      fromOn: dayField(daysAgo(5)),
      untilOn: "",
      note: "",
    }),
    invalid: {
      caseId: bad.id,
      version: bad.version,
      exemptionReason: bad.enumValue,
      fromOn: bad.day,
      untilOn: bad.optionalDay,
      note: bad.optionalText(1000),
    },
    refused: () => {
      const exemption = { caseId: fx.caseId, version: cv(), exemptionReason: "PREGNANCY_RELATED", fromOn: dayField(daysAgo(5)) };
      return [
        { actor: cw, input: { ...exemption, fromOn: dayField(daysAgo(45)), untilOn: dayField(daysAgo(20)) } },
        { actor: cw, input: { ...exemption, fromOn: dayField(daysAgo(70)), untilOn: dayField(daysAgo(65)) } },
        { actor: cw, input: { ...exemption, version: stale() } },
        { actor: cw, input: { ...exemption, caseId: fx.closedCaseId, version: "2" } },
        { actor: cw, input: { ...exemption, untilOn: dayField(daysAgo(6)) } },
        ...noAccessWith(exemption),
      ];
    },
  },
  {
    name: "recordCaseMilestone",
    schema: ZRecordCaseMilestone,
    call: recordCaseMilestone as Target["call"],
    base: () => ({ caseId: fx.caseId, version: cv(), milestone: "EMPLOYER_CONVERSATION", on: dayField(daysAgo(5)) }),
    invalid: { caseId: bad.id, version: bad.version, milestone: bad.enumValue, on: bad.day },
    refused: () => [
      { actor: cw, input: { caseId: fx.caseId, version: cv(), milestone: "EMPLOYER_CONVERSATION", on: dayField(daysAgo(-1)) } },
      { actor: cw, input: { caseId: fx.caseId, version: cv(), milestone: "EXTENSION_ASSESSMENT", on: "1990-01-01" } },
      { actor: cw, input: { caseId: fx.caseId, version: stale(), milestone: "EMPLOYER_CONVERSATION", on: dayField(daysAgo(5)) } },
      { actor: cw, input: { caseId: randomUUID(), version: "1", milestone: "EMPLOYER_CONVERSATION", on: dayField(daysAgo(5)) } },
      ...noAccessWith({ caseId: fx.caseId, version: cv(), milestone: "EMPLOYER_CONVERSATION", on: dayField(daysAgo(5)) }),
    ],
  },
  {
    name: "voidExemption",
    schema: ZVoidExemption,
    call: voidExemption as Target["call"],
    base: () => ({ caseId: fx.caseId, exemptionId: fx.exemptionId, version: cv(), reason: "Forkert registreret" }),
    invalid: { caseId: bad.id, exemptionId: bad.id, version: bad.version, reason: bad.reason },
    refused: () => [
      { actor: cw, input: { caseId: fx.caseId, exemptionId: randomUUID(), version: cv(), reason: "Ukendt fritagelse" } },
      { actor: cw, input: { caseId: fx.closedCaseId, exemptionId: fx.exemptionId, version: "2", reason: "Forkert sag" } },
      { actor: cw, input: { caseId: fx.caseId, exemptionId: fx.exemptionId, version: stale(), reason: "Forældet formular" } },
      ...noAccessWith({ caseId: fx.caseId, exemptionId: fx.exemptionId, version: cv(), reason: "Ingen adgang" }),
    ],
  },
  {
    name: "reassignCase",
    schema: ZReassignCase,
    call: reassignCase as Target["call"],
    base: () => ({ caseId: fx.caseId, version: cv(), caseworkerId: randomUUID(), note: "" }),
    invalid: { caseId: bad.id, version: bad.version, caseworkerId: bad.id, note: bad.optionalText(1000) },
    refused: () => [
      { actor: cw, input: { caseId: fx.caseId, version: cv(), caseworkerId: cw.userId } },
      { actor: cw, input: { caseId: fx.caseId, version: cv(), caseworkerId: f.actors.therapist.userId } },
      { actor: cw, input: { caseId: fx.caseId, version: cv(), caseworkerId: f.actors.coordinator.userId } },
      { actor: cw, input: { caseId: fx.caseId, version: cv(), caseworkerId: other.actors.caseworker.userId } },
      { actor: cw, input: { caseId: fx.caseId, version: cv(), caseworkerId: randomUUID() } },
      ...noAccess().map((actor) => ({ actor, input: { caseId: fx.caseId, version: cv(), caseworkerId: actor.userId } })),
    ],
  },
  {
    name: "correctCase",
    schema: ZCorrectCase,
    call: correctCase as Target["call"],
    base: () => ({
      caseId: fx.caseId,
      version: cv(),
      firstAbsenceDay: dayField(daysAgo(61)),
      diagnosisGroup: "OTHER",
      diagnosisDetail: "",
      reason: "Rettelse",
    }),
    invalid: {
      caseId: bad.id,
      version: bad.version,
      firstAbsenceDay: bad.day,
      diagnosisGroup: bad.enumValue,
      diagnosisDetail: bad.optionalText(200),
      reason: bad.reason,
    },
    refused: () => {
      const correction = { caseId: fx.caseId, version: cv(), firstAbsenceDay: dayField(daysAgo(61)), diagnosisGroup: "MENTAL" };
      return [
        { actor: cw, input: { ...correction, firstAbsenceDay: dayField(daysAgo(60)), diagnosisDetail: "", reason: "Ingen ændring" } },
        { actor: cw, input: { ...correction, version: stale(), reason: "Forældet formular" } },
        { actor: cw, input: { ...correction, firstAbsenceDay: dayField(daysAgo(-1)), reason: "Fremtid" } },
        { actor: cw, input: { ...correction, firstAbsenceDay: dayField(daysAgo(5)), reason: "Efter samtale" } },
        ...noAccessWith({ ...correction, diagnosisGroup: "OTHER", reason: "Ingen adgang" }),
      ];
    },
  },
  {
    name: "voidCase",
    schema: ZVoidCase,
    call: voidCase as Target["call"],
    base: () => ({ caseId: fx.caseId, version: cv(), reason: "Oprettet ved en fejl" }),
    invalid: { caseId: bad.id, version: bad.version, reason: bad.reason },
    refused: () => [
      { actor: cw, input: { caseId: fx.caseId, version: stale(), reason: "Forældet formular" } },
      { actor: cw, input: { caseId: randomUUID(), version: "1", reason: "Ukendt sag" } },
      ...noAccessWith({ caseId: fx.caseId, version: cv(), reason: "Ingen adgang" }),
    ],
  },
  {
    name: "planFollowUp",
    schema: ZPlanFollowUp,
    call: planFollowUp as Target["call"],
    base: () => ({ caseId: fx.caseId, scheduledAt: future(3), mode: "VIDEO" }),
    invalid: { caseId: bad.id, scheduledAt: bad.dateTime, mode: bad.enumValue },
    refused: () => [
      { actor: cw, input: { caseId: fx.closedCaseId, scheduledAt: future(3), mode: "VIDEO" } },
      { actor: cw, input: { caseId: fx.caseId, scheduledAt: past(70), mode: "VIDEO" } },
      { actor: cw, input: { caseId: randomUUID(), scheduledAt: future(3), mode: "VIDEO" } },
      ...noAccessWith({ caseId: fx.caseId, scheduledAt: future(3), mode: "VIDEO" }),
    ],
  },
  {
    name: "recordHeldFollowUp",
    schema: ZRecordHeldFollowUp,
    call: recordHeldFollowUp as Target["call"],
    base: () => ({
      caseId: fx.caseId,
      followUpId: "",
      version: "",
      heldAt: past(1),
      mode: "IN_PERSON",
      participants: ["CITIZEN", "CASEWORKER"],
      summary: "Samtale.",
      agreements: "",
    }),
    invalid: {
      caseId: bad.id,
      followUpId: bad.optionalId,
      version: bad.optionalVersion,
      heldAt: bad.dateTime,
      mode: bad.enumValue,
      participants: bad.participants,
      summary: bad.text(5000),
      agreements: bad.optionalText(5000),
      // The (re)visitation at the conversation (§ 12): only 1, 2 or 3, or empty.
      category: fc.constantFrom("0", "4", "kategori 2", 2, ["2"], "2.0"),
    },
    refused: () => {
      const held = { mode: "IN_PERSON", participants: ["CITIZEN"], summary: "Samtale." };
      return [
        { actor: cw, input: { caseId: fx.caseId, heldAt: future(1), ...held } },
        { actor: cw, input: { caseId: fx.caseId, heldAt: past(70), ...held } },
        { actor: cw, input: { caseId: fx.closedCaseId, heldAt: past(1), ...held } },
        { actor: cw, input: { caseId: fx.caseId, followUpId: fx.heldId, version: "1", heldAt: past(1), ...held } },
        { actor: cw, input: { caseId: fx.caseId, followUpId: fx.plannedId, version: "4", heldAt: past(1), ...held } },
        { actor: cw, input: { caseId: fx.caseId, followUpId: randomUUID(), version: "1", heldAt: past(1), ...held } },
        { actor: cw, input: { caseId: fx.closedCaseId, followUpId: fx.plannedId, version: "1", heldAt: past(1), ...held } },
        { actor: cw, input: { caseId: randomUUID(), heldAt: past(1), ...held } },
        ...noAccessWith({ caseId: fx.caseId, heldAt: past(1), ...held }),
      ];
    },
  },
  {
    name: "cancelFollowUp",
    schema: ZCancelFollowUp,
    call: cancelFollowUp as Target["call"],
    base: () => ({ caseId: fx.caseId, followUpId: fx.plannedId, version: "1", outcome: "MISSED", reason: "Udeblev" }),
    invalid: {
      caseId: bad.id,
      followUpId: bad.id,
      version: bad.version,
      outcome: fc.constantFrom("", "PLANNED", "HELD", "missed", 1, null),
      reason: bad.reason,
    },
    refused: () => [
      { actor: cw, input: { caseId: fx.caseId, followUpId: fx.heldId, version: "1", outcome: "CANCELLED", reason: "Allerede afholdt" } },
      {
        actor: cw,
        input: { caseId: fx.caseId, followUpId: fx.plannedId, version: "2", outcome: "CANCELLED", reason: "Forældet formular" },
      },
      {
        actor: cw,
        input: { caseId: fx.closedCaseId, followUpId: fx.plannedId, version: "1", outcome: "CANCELLED", reason: "Forkert sag" },
      },
      { actor: cw, input: { caseId: fx.caseId, followUpId: randomUUID(), version: "1", outcome: "CANCELLED", reason: "Ukendt samtale" } },
      ...noAccessWith({ caseId: fx.caseId, followUpId: fx.plannedId, version: "1", outcome: "MISSED", reason: "Ingen adgang" }),
    ],
  },
  {
    name: "correctFollowUp",
    schema: ZCorrectFollowUp,
    call: correctFollowUp as Target["call"],
    base: () => ({
      caseId: fx.caseId,
      followUpId: fx.plannedId,
      version: "1",
      mode: "VIDEO",
      scheduledAt: future(2),
      heldAt: "",
      participants: [],
      summary: "",
      agreements: "",
      reason: "Rettelse",
    }),
    invalid: {
      caseId: bad.id,
      followUpId: bad.id,
      version: bad.version,
      mode: bad.enumValue,
      scheduledAt: bad.optionalDateTime,
      heldAt: bad.optionalDateTime,
      participants: bad.optionalParticipants,
      summary: bad.optionalText(5000),
      agreements: bad.optionalText(5000),
      reason: bad.reason,
    },
    refused: () => {
      const planned = { caseId: fx.caseId, followUpId: fx.plannedId, version: "1", mode: "VIDEO", scheduledAt: future(2) };
      const held = {
        caseId: fx.caseId,
        followUpId: fx.heldId,
        version: "1",
        mode: "IN_PERSON",
        heldAt: past(10),
        participants: ["CITIZEN"],
      };
      return [
        { actor: cw, input: { ...planned, version: "2", reason: "Forældet formular" } },
        { actor: cw, input: { caseId: fx.caseId, followUpId: fx.plannedId, version: "1", mode: "PHONE", reason: "Uden tidspunkt" } },
        { actor: cw, input: { ...held, heldAt: future(1), summary: "x", reason: "Fremtid" } },
        { actor: cw, input: { ...held, participants: [], summary: "x", reason: "Ingen deltagere" } },
        { actor: cw, input: { ...held, reason: "Intet resumé" } },
        { actor: cw, input: { ...planned, caseId: fx.closedCaseId, reason: "Forkert sag" } },
        { actor: cw, input: { ...planned, followUpId: randomUUID(), reason: "Ukendt samtale" } },
        ...noAccessWith({ ...planned, reason: "Ingen adgang" }),
      ];
    },
  },
  {
    name: "voidFollowUp",
    schema: ZVoidFollowUp,
    call: voidFollowUp as Target["call"],
    base: () => ({ caseId: fx.caseId, followUpId: fx.heldId, version: "1", reason: "Fejlregistrering" }),
    invalid: { caseId: bad.id, followUpId: bad.id, version: bad.version, reason: bad.reason },
    refused: () => [
      { actor: cw, input: { caseId: fx.caseId, followUpId: fx.heldId, version: "2", reason: "Forældet formular" } },
      { actor: cw, input: { caseId: fx.closedCaseId, followUpId: fx.heldId, version: "1", reason: "Forkert sag" } },
      { actor: cw, input: { caseId: fx.caseId, followUpId: randomUUID(), version: "1", reason: "Ukendt samtale" } },
      ...noAccessWith({ caseId: fx.caseId, followUpId: fx.heldId, version: "1", reason: "Ingen adgang" }),
    ],
  },
];

const ALLOWED = [ValidationError, DomainRuleError, NotFoundError];

describe("invalid input writes nothing", () => {
  it("covers every mutating use case", () => {
    expect(targets.map((t) => t.name).sort()).toEqual(
      [
        "cancelFollowUp",
        "changeCaseStatus",
        "correctCase",
        "correctCitizen",
        "correctFollowUp",
        "createCitizen",
        "grantExemption",
        "openCase",
        "planFollowUp",
        "reassignCase",
        "recordCaseMilestone",
        "recordHeldFollowUp",
        "voidCase",
        "voidCitizen",
        "voidExemption",
        "voidFollowUp",
      ].sort(),
    );
  });

  for (const t of targets) {
    it(`${t.name}: ${RUNS} invalid inputs, 0 rows written, only expected errors`, async () => {
      await expectUseCaseRefusesAll(t, useCaseAttempts(t, cw), { runs: RUNS, allowed: ALLOWED });
    }, 120_000);
  }
});
