// The schemas whose second day may not come before the first refuse it with "errors.dateBeforeStart"
// on the later day's field (refuseEndBeforeStart in lib/validation/fields.ts): an exemption's end, a
// rehab plan's end, a doctor's certificate received before it was requested, an employee declining
// before the request. The same day is accepted, and a day that failed to parse gets only its own error.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { parseWith } from "@/lib/validation/form";
import { ZGrantExemption } from "@/lib/validation/cases";
import { ZRecordDoctorCertificate, ZRecordEarlyFollowUpRequest } from "@/lib/validation/case-rules";
import { ZCreateRehabPlan, ZUpdateRehabPlan } from "@/lib/validation/rehab";

const ID = "00000000-0000-4000-8000-000000000001";

const cases: { name: string; schema: z.ZodType; valid: Record<string, unknown>; start: string; end: string }[] = [
  {
    name: "exemption",
    schema: ZGrantExemption,
    valid: { caseId: ID, version: "1", exemptionReason: "PREGNANCY_RELATED" },
    start: "fromOn",
    end: "untilOn",
  },
  {
    name: "new rehab plan",
    schema: ZCreateRehabPlan,
    valid: { source: "REFERRAL", referralId: ID, condition: "Ondt i ryggen", bodyRegion: "BACK" },
    start: "startOn",
    end: "endOn",
  },
  {
    name: "rehab plan correction",
    schema: ZUpdateRehabPlan,
    valid: { planId: ID, version: "1", condition: "Ondt i ryggen", bodyRegion: "BACK" },
    start: "startOn",
    end: "endOn",
  },
  {
    name: "doctor's certificate",
    schema: ZRecordDoctorCertificate,
    valid: { caseId: ID, version: "1" },
    start: "requestedOn",
    end: "receivedOn",
  },
  {
    name: "early follow-up request declined by the employee",
    schema: ZRecordEarlyFollowUpRequest,
    valid: { caseId: ID, version: "1", requestedBy: "EMPLOYER" },
    start: "requestedOn",
    end: "declinedByEmployeeOn",
  },
];

describe.each(cases)("$name: $end not before $start", ({ schema, valid, start, end }) => {
  const parse = (startDay: string, endDay: string) => parseWith(schema, { ...valid, [start]: startDay, [end]: endDay });

  it("accepts the same day and a later one", () => {
    expect(parse("2026-03-10", "2026-03-10").ok).toBe(true);
    expect(parse("2026-03-10", "2026-03-11").ok).toBe(true);
  });

  it("refuses a day before, on the later field", () => {
    const r = parse("2026-03-10", "2026-03-09");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.fieldErrors).toEqual({ [end]: ["errors.dateBeforeStart"] });
  });

  it("compares no day that failed to parse", () => {
    const r = parse("2026-02-30", "2026-03-09");
    expect(!r.ok && r.fieldErrors).toEqual({ [start]: ["errors.invalidDate"] });
  });
});
