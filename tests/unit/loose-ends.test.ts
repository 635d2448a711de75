import { describe, expect, it } from "vitest";
import {
  allowedDecisions,
  collectDecisions,
  decisionFieldName,
  decisionValue,
  parseDecisionValue,
  referralOutcome,
  rtwOutcome,
} from "@/lib/cases/loose-ends";
import { ZChangeCaseStatus } from "@/lib/validation/cases";

const ID = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";

describe("loose ends of a closing case (issue 8 item 6)", () => {
  it("a started course may be completed or returned; other open referrals only returned; plans ended; follow-ups cancelled", () => {
    expect(allowedDecisions("referral", "STARTED")).toEqual(["complete", "return"]);
    for (const s of ["SUBMITTED", "ACCEPTED", "WAITLISTED"]) expect(allowedDecisions("referral", s)).toEqual(["return"]);
    expect(allowedDecisions("rtwPlan", "ACTIVE")).toEqual(["end"]);
    expect(allowedDecisions("followUp", "PLANNED")).toEqual(["cancel"]);
    expect([referralOutcome("complete"), referralOutcome("return")]).toEqual(["COMPLETED", "RETURNED"]);
    expect([rtwOutcome("ACTIVE"), rtwOutcome("DRAFT")]).toEqual(["COMPLETED", "CANCELLED"]);
  });

  it("decision fields round-trip through the form and the schema; malformed ones are refused", () => {
    expect(parseDecisionValue(decisionValue("return", 3))).toEqual({ decision: "return", version: 3 });
    for (const bad of ["return", "return@0", "end@-1", "close@1", "cancel@1x", 7, null]) expect(parseDecisionValue(bad)).toBeNull();
    expect(collectDecisions({ status: "CLOSED", [decisionFieldName("rtwPlan", ID)]: "end@2" })).toEqual({
      status: "CLOSED",
      decisions: [{ kind: "rtwPlan", id: ID, value: "end@2" }],
    });
    const base = { caseId: ID, version: "1", effectiveOn: "2026-01-05", closingReason: "MOVED" };
    const closing = ZChangeCaseStatus.parse({ ...base, status: "CLOSED", [decisionFieldName("followUp", ID)]: "cancel@4" });
    expect(closing.decisions).toEqual([{ kind: "followUp", id: ID, decision: "cancel", version: 4 }]);
    // Decisions belong to closing only.
    expect(ZChangeCaseStatus.parse({ ...base, status: "ACTIVE", [decisionFieldName("followUp", ID)]: "cancel@4" }).decisions).toEqual([]);
    const refused = ZChangeCaseStatus.safeParse({ ...base, status: "CLOSED", [decisionFieldName("followUp", ID)]: "maybe" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual([decisionFieldName("followUp", ID)]);
  });
});
