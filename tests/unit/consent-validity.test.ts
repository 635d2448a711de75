// A consent's state and validity (lib/consents/validity.ts): the same rule as the policy's
// activeConsentWhere, Danish days in and out across summer time, and the per-direction summary.
import { describe, expect, it } from "vitest";
import {
  consentState,
  directionsOf,
  flagsFor,
  lastStopped,
  lastValidDay,
  summariseDirections,
  validFromInstant,
  validUntilInstant,
} from "@/lib/consents/validity";
import { utcDay } from "@/lib/time";

const at = (iso: string) => new Date(iso);

describe("consent state", () => {
  const c = { validFrom: at("2026-03-01T00:00:00Z"), validUntil: at("2026-04-01T00:00:00Z"), revokedAt: null };
  it("is pending before the start, active from the start instant, ended at the end instant (exclusive)", () => {
    expect(consentState(c, at("2026-02-28T23:59:59.999Z"))).toBe("PENDING");
    expect(consentState(c, at("2026-03-01T00:00:00Z"))).toBe("ACTIVE");
    expect(consentState(c, at("2026-03-31T23:59:59.999Z"))).toBe("ACTIVE");
    expect(consentState(c, at("2026-04-01T00:00:00Z"))).toBe("ENDED");
  });
  it("an open end stays active; a revocation wins over everything", () => {
    expect(consentState({ ...c, validUntil: null }, at("2040-01-01T00:00:00Z"))).toBe("ACTIVE");
    expect(consentState({ ...c, revokedAt: at("2026-03-05T10:00:00Z") }, at("2026-03-02T00:00:00Z"))).toBe("REVOKED");
  });
});

describe("Danish days ↔ instants", () => {
  it("a consent starts at 00:00 Danish time (UTC+1 in winter, UTC+2 in summer)", () => {
    expect(validFromInstant(utcDay(2026, 1, 15)).toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(validFromInstant(utcDay(2026, 7, 15)).toISOString()).toBe("2026-07-14T22:00:00.000Z");
  });
  it("its last day lasts until 00:00 Danish time the day after, also across the summer-time change", () => {
    // 28 March 2026 is the last day before summer time (29 March 02:00 → 03:00).
    expect(validUntilInstant(utcDay(2026, 3, 28)).toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(validUntilInstant(utcDay(2026, 3, 29)).toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(validUntilInstant(utcDay(2026, 10, 24)).toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(validUntilInstant(utcDay(2026, 10, 25)).toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });
  it("lastValidDay is the inverse of validUntilInstant, and an end in mid-day belongs to that day", () => {
    for (const d of [utcDay(2026, 3, 28), utcDay(2026, 3, 29), utcDay(2026, 10, 25), utcDay(2026, 12, 31)]) {
      expect(lastValidDay(validUntilInstant(d))).toEqual(d);
    }
    expect(lastValidDay(at("2026-06-10T12:00:00Z"))).toEqual(utcDay(2026, 6, 10));
  });
});

describe("directions", () => {
  it("flags and directions round-trip in the fixed order", () => {
    expect(directionsOf(flagsFor(["SHARE_WITH_EMPLOYER", "HEALTH_TO_JOBCENTER"]))).toEqual(["HEALTH_TO_JOBCENTER", "SHARE_WITH_EMPLOYER"]);
    expect(flagsFor([])).toEqual({ healthToJobcenter: false, jobcenterToHealth: false, shareWithEmployer: false });
  });

  it("the summary shows, per direction, the active consent that lasts longest, else a pending one, else none", () => {
    const now = at("2026-05-01T12:00:00Z");
    const base = { purpose: "Formål", revokedAt: null, healthToJobcenter: false, jobcenterToHealth: false, shareWithEmployer: false };
    const rows = [
      { ...base, id: "dated", healthToJobcenter: true, validFrom: at("2026-04-01T00:00:00Z"), validUntil: at("2026-06-01T00:00:00Z") },
      { ...base, id: "open", healthToJobcenter: true, validFrom: at("2026-04-10T00:00:00Z"), validUntil: null },
      {
        ...base,
        id: "revoked",
        jobcenterToHealth: true,
        validFrom: at("2026-04-01T00:00:00Z"),
        validUntil: null,
        revokedAt: at("2026-04-20T00:00:00Z"),
      },
      { ...base, id: "later", jobcenterToHealth: true, validFrom: at("2026-05-10T00:00:00Z"), validUntil: null },
    ];
    const s = summariseDirections(rows, now);
    expect(s.map((d) => [d.direction, d.active?.consentId ?? null, d.pending?.consentId ?? null])).toEqual([
      ["HEALTH_TO_JOBCENTER", "open", null],
      ["JOBCENTER_TO_HEALTH", null, "later"],
      ["SHARE_WITH_EMPLOYER", null, null],
    ]);
  });

  it("with none in force or pending, the summary names the consent that stopped last: revoked or ended, with when (fix16 item 3)", () => {
    const now = at("2026-05-01T12:00:00Z");
    const base = { jobcenterToHealth: false, healthToJobcenter: false, shareWithEmployer: false, purpose: null, revokedAt: null };
    const rows = [
      // Health → jobcenter: ended 1 March, then one revoked 20 April: the revocation is the latest.
      { ...base, id: "ended", healthToJobcenter: true, validFrom: at("2026-01-01T00:00:00Z"), validUntil: at("2026-03-01T00:00:00Z") },
      {
        ...base,
        id: "revoked",
        healthToJobcenter: true,
        jobcenterToHealth: true,
        validFrom: at("2026-03-01T00:00:00Z"),
        validUntil: null,
        revokedAt: at("2026-04-20T09:00:00Z"),
      },
      // Jobcenter → health: in force again after the revocation: no "stopped".
      { ...base, id: "again", jobcenterToHealth: true, validFrom: at("2026-04-25T00:00:00Z"), validUntil: null },
      // Employer: ended after a revocation long ago (the revocation is when it stopped).
      {
        ...base,
        id: "employer",
        shareWithEmployer: true,
        validFrom: at("2026-01-01T00:00:00Z"),
        validUntil: at("2026-04-28T00:00:00Z"),
        revokedAt: at("2026-02-01T00:00:00Z"),
      },
    ];
    const s = summariseDirections(rows, now);
    expect(s.map((d) => [d.direction, d.active?.consentId ?? null, d.stopped])).toEqual([
      ["HEALTH_TO_JOBCENTER", null, { consentId: "revoked", state: "REVOKED", at: at("2026-04-20T09:00:00Z") }],
      ["JOBCENTER_TO_HEALTH", "again", null],
      ["SHARE_WITH_EMPLOYER", null, { consentId: "employer", state: "REVOKED", at: at("2026-02-01T00:00:00Z") }],
    ]);
    expect(lastStopped([rows[0]!], now)).toEqual({ consentId: "ended", state: "ENDED", at: at("2026-03-01T00:00:00Z") });
    expect(lastStopped([], now)).toBeNull();
    // A pending consent has not stopped.
    expect(lastStopped([{ ...rows[0]!, validFrom: at("2026-06-01T00:00:00Z"), validUntil: null }], now)).toBeNull();
  });
});
