// Factories for matched effect studies (issue 14, ADR 0016): cases with chosen baseline covariates
// (age from the CPR number's birth year, sex from its last digit, diagnosis group, employment status,
// weeks on benefit at entry), a first held follow-up on a chosen day, and referrals to programmes.
import type { Db } from "@/lib/db/client";
import type { DiagnosisGroup, EmploymentStatus, ReferralStatus } from "@/lib/db/generated/client";
import { addDays, danishLocalToInstant, isoDay, todayInDenmark } from "@/lib/time";
import { createCase, createCitizen, type OrgFixture } from "./core";

let serial = 0;

/** A CPR number of someone born on a day of `year` (months 1–9, so the birthday has passed by 30 November), man or woman. */
export function cprFor(year: number, sex: "M" | "F"): string {
  const n = ++serial;
  const dd = String((n % 28) + 1).padStart(2, "0");
  const mm = String((Math.floor(n / 28) % 9) + 1).padStart(2, "0");
  const yy = String(year % 100).padStart(2, "0");
  const century = year >= 2000 ? "4" : "1";
  const seq = String(n % 100).padStart(2, "0");
  return `${dd}${mm}${yy}${century}${seq}${sex === "M" ? "1" : "2"}`;
}

/** A Danish day `n` days from today (negative = past). */
export const dayFromToday = (n: number) => addDays(todayInDenmark(), n);

/** 10:00 Danish time on `day`. */
export const tenOClock = (day: Date) => danishLocalToInstant(`${isoDay(day)}T10:00`);

export type CaseSpec = {
  born: number;
  sex: "M" | "F";
  group: DiagnosisGroup;
  employment?: EmploymentStatus;
  /** Completed weeks on benefit at entry (first absence = entry − 7·weeks − 3 days). */
  weeks: number;
  /** Entry (first held follow-up) in days from today (negative). */
  entry: number;
  /** Closed on this many days after entry (negative = before entry). */
  closedAfter?: number;
};

/** A case with a first held follow-up on its entry day; returns its id and entry day. */
export async function caseForMatching(db: Db, f: OrgFixture, spec: CaseSpec) {
  const citizen = await createCitizen(db, f.org.id, { cpr: cprFor(spec.born, spec.sex) });
  if (spec.employment) await db.citizen.update({ where: { id: citizen.id }, data: { employmentStatus: spec.employment } });
  const entryDay = dayFromToday(spec.entry);
  const c = await createCase(db, f, {
    citizenId: citizen.id,
    diagnosisGroup: spec.group,
    firstAbsenceDay: addDays(entryDay, -(spec.weeks * 7 + 3)),
  });
  await db.followUp.create({
    data: { caseId: c.id, mode: "IN_PERSON", status: "HELD", heldAt: tenOClock(entryDay), createdById: f.actors.caseworker.userId },
  });
  if (spec.closedAfter !== undefined) {
    const closedOn = addDays(entryDay, spec.closedAfter);
    await db.sickLeaveCase.update({
      where: { id: c.id },
      data: { status: "CLOSED", closedOn, closingReason: "FULL_RETURN_TO_WORK" },
    });
  }
  return { id: c.id, citizenId: citizen.id, entryDay };
}

/** A referral of the case to `programmeId` in `status`, accepted / started this many days after entry (null = never). */
export async function referTo(
  db: Db,
  f: OrgFixture,
  c: { id: string; citizenId: string; entryDay: Date },
  programmeId: string,
  status: ReferralStatus,
  acceptedAfter: number | null,
  startedAfter: number | null = null,
) {
  return db.referral.create({
    data: {
      organisationId: f.org.id,
      caseId: c.id,
      citizenId: c.citizenId,
      programmeId,
      referredById: f.actors.caseworker.userId,
      reason: "Henvist som led i sagen",
      answers: {},
      status,
      acceptedAt: acceptedAfter === null ? null : tenOClock(addDays(c.entryDay, acceptedAfter)),
      startedAt: startedAfter === null ? null : tenOClock(addDays(c.entryDay, startedAfter)),
    },
  });
}
