import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { inboxGroup, inboxOrder, waitingDays } from "@/lib/referrals/inbox-order";
import { REFERRAL_STATUSES } from "@/lib/referrals/transitions";
import { utcDay } from "@/lib/time";

const at = (iso: string) => new Date(iso);

describe("referral inbox order (issue 8 item 8)", () => {
  it("new referrals first, then the longest waiting, then the rest newest first", () => {
    const rows = [
      { id: "started", status: "STARTED" as const, submittedAt: at("2026-01-01T10:00:00Z") },
      { id: "new-recent", status: "SUBMITTED" as const, submittedAt: at("2026-03-10T10:00:00Z") },
      { id: "waitlisted-old", status: "WAITLISTED" as const, submittedAt: at("2026-01-05T10:00:00Z") },
      { id: "completed", status: "COMPLETED" as const, submittedAt: at("2026-02-01T10:00:00Z") },
      { id: "new-old", status: "SUBMITTED" as const, submittedAt: at("2026-03-01T10:00:00Z") },
      { id: "accepted-mid", status: "ACCEPTED" as const, submittedAt: at("2026-02-10T10:00:00Z") },
    ];
    expect(inboxOrder(rows).map((r) => r.id)).toEqual(["new-old", "new-recent", "waitlisted-old", "accepted-mid", "completed", "started"]);
  });

  it("waiting time counts Danish calendar days; referrals that no longer wait have none", () => {
    const today = utcDay(2026, 3, 20);
    // 23:30 UTC on 18 March is 00:30 on 19 March in Denmark: one day of waiting, not two.
    expect(waitingDays({ status: "SUBMITTED", submittedAt: at("2026-03-18T23:30:00Z") }, today)).toBe(1);
    expect(waitingDays({ status: "WAITLISTED", submittedAt: at("2026-03-01T09:00:00Z") }, today)).toBe(19);
    expect(waitingDays({ status: "SUBMITTED", submittedAt: at("2026-03-20T09:00:00Z") }, today)).toBe(0);
    expect(waitingDays({ status: "STARTED", submittedAt: at("2026-03-01T09:00:00Z") }, today)).toBeNull();
    expect(waitingDays({ status: "RETURNED", submittedAt: at("2026-03-01T09:00:00Z") }, today)).toBeNull();
  });

  it("for any rows: groups never go backwards, and waiting groups are longest-waiting first", () => {
    const row = fc.record({
      id: fc.uuid(),
      status: fc.constantFrom(...REFERRAL_STATUSES),
      submittedAt: fc.date({ min: at("2020-01-01T00:00:00Z"), max: at("2030-01-01T00:00:00Z"), noInvalidDate: true }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const sorted = inboxOrder(rows);
        expect(sorted).toHaveLength(rows.length);
        for (let i = 1; i < sorted.length; i++) {
          const a = sorted[i - 1]!;
          const b = sorted[i]!;
          expect(inboxGroup(a.status)).toBeLessThanOrEqual(inboxGroup(b.status));
          if (inboxGroup(a.status) === inboxGroup(b.status)) {
            if (inboxGroup(a.status) < 2) expect(a.submittedAt.getTime()).toBeLessThanOrEqual(b.submittedAt.getTime());
            else expect(a.submittedAt.getTime()).toBeGreaterThanOrEqual(b.submittedAt.getTime());
          }
        }
      }),
    );
  });
});
