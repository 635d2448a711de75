// The assertion shared by the tests of "a consent ends automatically when the citizen's last open
// case closes" (issue 9): by closing (consents.test.ts) and by voiding (consents-void-case.test.ts).
import { expect } from "vitest";
import type { Db } from "@/lib/db/client";
import { dayFromToday } from "../../factories/consents";

/**
 * Expects consent `consentId` to have ended with case `caseId`: marked so, version 2, valid until a
 * moment between `since` (ms since epoch) and now, and an END_WITH_CASE history row by `byUserId`
 * whose last valid day became today. Returns that history row for further checks.
 */
export async function expectEndedWithCase(db: Db, consentId: string, caseId: string, byUserId: string, since: number) {
  const c = await db.consent.findUniqueOrThrow({ where: { id: consentId } });
  expect(c.endedWithCaseId).toBe(caseId);
  expect(c.version).toBe(2);
  expect(c.validUntil!.getTime()).toBeGreaterThanOrEqual(since);
  expect(c.validUntil!.getTime()).toBeLessThanOrEqual(Date.now());
  const h = await db.recordVersion.findFirstOrThrow({ where: { recordType: "Consent", recordId: consentId, action: "END_WITH_CASE" } });
  expect(h.changedById).toBe(byUserId);
  expect(h.changes).toMatchObject({ validThroughDay: { to: dayFromToday(0) } });
  return h;
}
