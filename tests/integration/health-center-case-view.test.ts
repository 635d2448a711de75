// The health center's read-only view of a jobcenter case returns exactly the fields chosen for it
// (fix14 item 4): it has its own select, so a field later added to the jobcenter's case facts
// (caseFactsSelect) or to the case does not silently appear in this consent-governed view. A new
// field here is a decision: add it to the view's select and to the lists below.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import type { OrgFixture } from "../factories";
import { consentInState, sharedCitizen } from "../factories/consents";
import { getCaseForHealthCenter } from "@/lib/domain/cases/get-case-for-health-center";

let a: OrgFixture;
beforeAll(async () => {
  [a] = await setupTestDbWithOrgs("Sundhedsvisning");
});
afterAll(teardownTestDb);

const keys = (o: object) => Object.keys(o).sort();

describe("getCaseForHealthCenter", () => {
  it("returns the chosen fields of the case, the citizen, the caseworker, the follow-ups and the plans, and no others", async () => {
    const { db } = testDb();
    const w = await sharedCitizen(db, a);
    await consentInState(db, a, w.citizenId, "active", ["JOBCENTER_TO_HEALTH"]);
    await db.followUp.create({
      data: {
        caseId: w.caseId,
        mode: "PHONE",
        status: "HELD",
        heldAt: new Date(),
        summary: "Samtale holdt.",
        agreements: "Ny samtale om fire uger.",
        createdById: a.actors.caseworker.userId,
      },
    });
    const view = await getCaseForHealthCenter(a.actors.therapist, w.caseId);
    expect(keys(view)).toEqual(
      [
        "caseworker",
        "citizen",
        "citizenId",
        "closedOn",
        "closingReason",
        "consent",
        "diagnosisDetail",
        "diagnosisGroup",
        "firstAbsenceDay",
        "followUps",
        "id",
        "partialHoursPerWeek",
        "plans",
        "status",
        "today",
      ].sort(),
    );
    expect(keys(view.citizen)).toEqual(["cprMasked", "employerName", "employmentStatus", "name", "occupation"]);
    expect(keys(view.caseworker)).toEqual(["email", "name"]);
    expect(view.followUps).toHaveLength(1);
    expect(keys(view.followUps[0]!)).toEqual(["agreements", "heldAt", "id", "mode", "summary"]);
    expect(view.plans).toHaveLength(1);
    // The plans' shared select (planSummarySelect) is pinned too: a field added there is a decision for this view as well.
    expect(keys(view.plans[0]!)).toEqual(["employerContact", "id", "startOn", "status", "totals", "weeks"]);
    expect(keys(view.plans[0]!.weeks[0]!)).toEqual(["actualHours", "pattern", "plannedDays", "plannedHours", "weekNumber"]);
  });
});
