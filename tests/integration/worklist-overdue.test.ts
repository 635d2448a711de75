// Issue 8 item 7: the worklist and the case page show EVERY overdue deadline (not only the next)
// with days overdue, the worst first, and the flags — the example of the issue: a case at week 43
// whose first follow-up is overdue also shows the reassessment overdue and the benefit limit passed
// without a decision. An exempt case with an open-ended exemption (standby) still shows the
// reassessment as overdue (ADR 0006 § 4). The worklist shows the visitation category.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { setupTestDb, teardownTestDb } from "./support/db";
import { createCase, createOrg, type OrgFixture } from "../factories";
import { getMyWorklist } from "@/lib/domain/cases/list-my-cases";
import { getCase } from "@/lib/domain/cases/get-case";
import { recordVisitation } from "@/lib/domain/cases/record-visitation";
import { addDays } from "@/lib/rules/dates";
import { today } from "@/lib/clock";

let db: Db;
let f: OrgFixture;
beforeAll(async () => {
  db = await setupTestDb();
  f = await createOrg(db);
});
afterAll(teardownTestDb);

const T = () => today();

describe("every overdue deadline, worst first, with the flags", () => {
  it("a case at week 43 without any conversation: first follow-up and reassessment overdue, the limit flag raised", async () => {
    const c = await createCase(db, f, { firstAbsenceDay: addDays(T(), -43 * 7) });
    const page = await getCase(f.actors.caseworker, c.id);
    const kinds = page.overdue.map((d) => d.kind);
    expect(kinds).toEqual(expect.arrayContaining(["FIRST_FOLLOW_UP", "EXTENSION_ASSESSMENT"]));
    // Worst (most days overdue) first, each with its days overdue.
    const days = page.overdue.map((d) => d.daysOverdue!);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(page.overdue.find((d) => d.kind === "FIRST_FOLLOW_UP")!.daysOverdue).toBe(43 * 7 - 55);
    expect(page.flags.map((x) => x.kind)).toContain("BENEFIT_LIMIT_PASSED_WITHOUT_DECISION");

    const list = await getMyWorklist(f.actors.caseworker, {});
    const row = list.rows.find((r) => r.id === c.id)!;
    expect(row.overdue.map((d) => d.kind)).toEqual(kinds);
    expect(row.flags.map((x) => x.kind)).toContain("BENEFIT_LIMIT_PASSED_WITHOUT_DECISION");
    expect(row.category).toBeNull();
  });

  it("an open-ended standby exemption: no conversation overdue, but the reassessment is (§ 24 applies whatever the exemption)", async () => {
    const c = await createCase(db, f, { firstAbsenceDay: addDays(T(), -40 * 7) });
    await db.caseExemption.create({
      data: { caseId: c.id, reason: "TERMINAL_ILLNESS", fromOn: addDays(T(), -40 * 7 + 14), createdById: f.actors.caseworker.userId },
    });
    const page = await getCase(f.actors.caseworker, c.id);
    expect(page.overdue.map((d) => d.kind)).toEqual(["EXTENSION_ASSESSMENT"]);
    expect(page.flags.map((x) => x.kind)).toEqual(expect.arrayContaining(["BENEFIT_LIMIT_PASSED_WITHOUT_DECISION", "STANDBY"]));
  });

  it("the worklist shows the category in force today", async () => {
    const c = await createCase(db, f, { firstAbsenceDay: addDays(T(), -30) });
    await recordVisitation(f.actors.caseworker, { caseId: c.id, version: 1, category: 2, visitedOn: addDays(T(), -2), note: null });
    const row = (await getMyWorklist(f.actors.caseworker, {})).rows.find((r) => r.id === c.id)!;
    expect(row.category).toBe(2);
    // Another caseworker's worklist does not list it.
    const other = await createOrg(db);
    expect((await getMyWorklist(other.actors.caseworker, {})).rows.find((r) => r.id === c.id)).toBeUndefined();
  });
});
