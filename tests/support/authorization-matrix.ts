// The authorization matrix's table (issues 9 and 12), in ONE place: role × record kind × action ×
// consent state → the expected outcome. Pure data and functions (no server code), so that both the
// domain-level test (tests/integration/authorization-matrix.test.ts, which attaches a use case to
// each rule) and the HTTP-level tests (tests/e2e/authorization-http.spec.ts for the pages,
// tests/e2e/authorization-actions.spec.ts for the server actions) read the same rules.
// Sources: SPEC §2–3, ADR 0007 (consent + relationship), ADR 0010 (read-only views, coordinator
// window), ADR 0017 (meetings).
import type { ConsentDirection } from "@/lib/consents/validity";

/** Who asks. "other*" are staff of another municipality (the domain test builds them; the demo seed has none that can sign in). */
export const MATRIX_ROLES = [
  "caseworker",
  "coordinator",
  "therapist",
  "visitator",
  "manager",
  "admin",
  "otherCaseworker",
  "otherTherapist",
] as const;
export type RoleKey = (typeof MATRIX_ROLES)[number];

/** The consent states a cell is tried under: how the citizen's consent row looks (the factories' names). */
export type ConsentStateName = "none" | "active" | "revoked" | "expired";
/** A consent state of the citizen both departments work with (directions of the consent row). */
export type ConsentCell = { name: string; state: ConsentStateName; directions: ConsentDirection[] };
export const BOTH_DIRECTIONS: ConsentDirection[] = ["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"];
export const CONSENTS: ConsentCell[] = [
  { name: "none", state: "none", directions: [] },
  { name: "active (both directions)", state: "active", directions: BOTH_DIRECTIONS },
  { name: "revoked", state: "revoked", directions: BOTH_DIRECTIONS },
  { name: "expired", state: "expired", directions: BOTH_DIRECTIONS },
  { name: "health → jobcenter only", state: "active", directions: ["HEALTH_TO_JOBCENTER"] },
  { name: "jobcenter → health only", state: "active", directions: ["JOBCENTER_TO_HEALTH"] },
];

/** In force now: the jobcenter may read the health center's work. */
export const jobcenterReads = (c: ConsentCell) => c.state === "active" && c.directions.includes("HEALTH_TO_JOBCENTER");
/** In force now: the health center may read the jobcenter's case. */
export const healthReads = (c: ConsentCell) => c.state === "active" && c.directions.includes("JOBCENTER_TO_HEALTH");

/**
 * Outcome of a cell: "allowed" (the record is shown / written), "withheld" (the view opens but shows
 * no other-department record and says no consent is registered), "notFound" (the same 404 as a
 * missing record).
 */
export type Outcome = "allowed" | "withheld" | "notFound";

/** One row of the table: a kind of record and what is done to it; the expected outcome per role and consent state. */
export type MatrixRule = {
  record: string;
  action: "read" | "write";
  expect: (role: RoleKey, c: ConsentCell) => Outcome;
};

export const jobcenterStaff = (r: RoleKey) => r === "caseworker" || r === "coordinator";
export const healthStaff = (r: RoleKey) => r === "therapist" || r === "visitator";

/**
 * The rules, by key. The domain test runs every rule under every consent state for every role; the
 * HTTP tests map each key to a page (or a server action) of the production build.
 */
export const RULES = {
  caseRead: {
    record: "sick-leave case (facts, follow-ups)",
    action: "read",
    // The owning jobcenter department; the health center with JOBCENTER_TO_HEALTH in force (case facts).
    expect: (r, c) => (jobcenterStaff(r) || (healthStaff(r) && healthReads(c)) ? "allowed" : "notFound"),
  },
  caseHealthView: {
    record: "sick-leave case, the health center's read-only view",
    action: "read",
    expect: (r, c) => (healthStaff(r) && healthReads(c) ? "allowed" : "notFound"),
  },
  rtwRead: {
    record: "return-to-work plan",
    action: "read",
    expect: (r, c) => (jobcenterStaff(r) || (healthStaff(r) && healthReads(c)) ? "allowed" : "notFound"),
  },
  rehabPlanRead: {
    record: "rehab plan (the health center's full record)",
    action: "read",
    expect: (r) => (healthStaff(r) ? "allowed" : "notFound"),
  },
  rehabJobcenterView: {
    record: "rehab plans, the jobcenter's read-only view",
    action: "read",
    // The caseworker under HEALTH_TO_JOBCENTER. Health-center staff reach the case's tab only when they
    // may read the case (JOBCENTER_TO_HEALTH), and then see their own department's plans.
    expect: (r, c) => {
      if (r === "caseworker") return jobcenterReads(c) ? "allowed" : "withheld";
      // The jobcenter coordinator: only through the window of a meeting with the citizen on its agenda
      // (there is one in the domain test's world), under consent in both directions (ADR 0010).
      if (r === "coordinator") return jobcenterReads(c) && healthReads(c) ? "allowed" : "withheld";
      return healthStaff(r) && healthReads(c) ? "allowed" : "notFound";
    },
  },
  citizenRead: {
    record: "citizen (register)",
    action: "read",
    expect: (r) => (jobcenterStaff(r) ? "allowed" : "notFound"),
  },
  referralRead: {
    record: "referral",
    action: "read",
    // Shared by nature: the referring jobcenter department and the receiving health-center department.
    expect: (r) => (jobcenterStaff(r) || healthStaff(r) ? "allowed" : "notFound"),
  },
  consentsRead: {
    record: "consents",
    action: "read",
    expect: (r) => (jobcenterStaff(r) || healthStaff(r) ? "allowed" : "notFound"),
  },
  accessReportRead: {
    record: "access report",
    action: "read",
    expect: (r) => (r === "caseworker" || healthStaff(r) ? "allowed" : "notFound"),
  },
  conferenceRead: {
    record: "case conference with the citizen on its agenda",
    action: "read",
    // The coordinator; staff who work with the citizen (issue 12, ADR 0017); never a manager (person-level items).
    expect: (r) => (jobcenterStaff(r) || healthStaff(r) ? "allowed" : "notFound"),
  },
  leadershipRead: {
    record: "leadership meeting",
    action: "read",
    // Managers and the coordinator; staff only as participants (none here).
    expect: (r) => (r === "manager" || r === "coordinator" ? "allowed" : "notFound"),
  },
  caseWrite: {
    record: "sick-leave case",
    action: "write",
    expect: (r) => (r === "caseworker" ? "allowed" : "notFound"),
  },
  rehabWrite: {
    record: "rehab plan",
    action: "write",
    expect: (r) => (r === "therapist" ? "allowed" : "notFound"),
  },
} satisfies Record<string, MatrixRule>;
export type RuleKey = keyof typeof RULES;

/** Whether a rule's outcome for `role` differs between consent states (those cells need each state set up). */
export function dependsOnConsent(rule: MatrixRule, role: RoleKey): boolean {
  return new Set(CONSENTS.map((c) => rule.expect(role, c))).size > 1;
}
