import { describe, expect, it } from "vitest";
import {
  allowedActions,
  decideTransition,
  FINAL_STATUSES,
  REFERRAL_ACTIONS,
  REFERRAL_STATUSES,
  TRANSITIONS,
} from "@/lib/referrals/transitions";

describe("referral state machine", () => {
  it.each([
    ["SUBMITTED", "accept", "ACCEPTED"],
    ["SUBMITTED", "waitlist", "WAITLISTED"],
    ["ACCEPTED", "waitlist", "WAITLISTED"],
    ["ACCEPTED", "start", "STARTED"],
    ["WAITLISTED", "start", "STARTED"],
    ["STARTED", "complete", "COMPLETED"],
  ] as const)("%s --%s--> %s", (from, action, to) => {
    const d = decideTransition(from, action);
    expect(d).toMatchObject({ ok: true, to });
  });

  it.each([
    ["SUBMITTED", "reject", "REJECTED"],
    ["STARTED", "drop", "DROPPED"],
    ["STARTED", "return", "RETURNED"],
    ["ACCEPTED", "return", "RETURNED"],
    ["WAITLISTED", "return", "RETURNED"],
  ] as const)("%s --%s--> %s needs a reason", (from, action, to) => {
    expect(decideTransition(from, action)).toEqual({ ok: false, error: "reasonRequired" });
    expect(decideTransition(from, action, "  ")).toEqual({ ok: false, error: "reasonRequired" });
    expect(decideTransition(from, action, "ok")).toEqual({ ok: false, error: "reasonRequired" });
    expect(decideTransition(from, action, "  Borgeren er flyttet  ")).toMatchObject({ ok: true, to, reason: "Borgeren er flyttet" });
  });

  it.each([
    ["SUBMITTED", "start"],
    ["SUBMITTED", "complete"],
    ["SUBMITTED", "drop"],
    ["SUBMITTED", "return"],
    ["ACCEPTED", "accept"],
    ["ACCEPTED", "reject"],
    ["WAITLISTED", "waitlist"],
    ["WAITLISTED", "accept"],
    ["STARTED", "start"],
    ["STARTED", "accept"],
    ["STARTED", "waitlist"],
  ] as const)("refuses %s --%s-->", (from, action) => {
    expect(decideTransition(from, action, "en begrundelse")).toEqual({ ok: false, error: "illegalTransition" });
  });

  it("final statuses allow no action at all", () => {
    for (const s of FINAL_STATUSES) {
      expect(allowedActions(s)).toEqual([]);
      for (const a of REFERRAL_ACTIONS) expect(decideTransition(s, a, "en begrundelse").ok).toBe(false);
    }
  });

  it("the illegal check comes before the reason check", () => {
    expect(decideTransition("COMPLETED", "reject")).toEqual({ ok: false, error: "illegalTransition" });
  });

  it("only start needs a free place; start and the three endings change 'in an active programme'", () => {
    expect(REFERRAL_ACTIONS.filter((a) => TRANSITIONS[a].needsPlace)).toEqual(["start"]);
    expect(REFERRAL_ACTIONS.filter((a) => TRANSITIONS[a].affectsActiveProgramme).sort()).toEqual(["complete", "drop", "return", "start"]);
  });

  it("allowed actions agree with decideTransition for every status", () => {
    for (const s of REFERRAL_STATUSES) {
      for (const a of REFERRAL_ACTIONS) expect(decideTransition(s, a, "en begrundelse").ok).toBe(allowedActions(s).includes(a));
    }
  });

  it("each transition sets its own timestamp", () => {
    const fields = REFERRAL_ACTIONS.map((a) => TRANSITIONS[a].timestamp);
    expect(new Set(fields).size).toBe(fields.length);
  });

  it("an optional note is kept trimmed; an empty one becomes null", () => {
    expect(decideTransition("SUBMITTED", "accept", " Velkommen ")).toMatchObject({ reason: "Velkommen" });
    expect(decideTransition("SUBMITTED", "accept", "")).toMatchObject({ reason: null });
  });
});
