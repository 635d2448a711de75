// What kind of action a role may take at all, independent of a particular record: one row per
// capability, read as a table (role × department kind). Whether a given record is in reach is
// decided by the scopes (scopes.ts); a use case needs both.
import type { DepartmentKind, Role } from "@/lib/db/generated/client";
import type { Actor } from "./actor";

type Grant = { roles: readonly Role[]; department: DepartmentKind | "ANY" };

const JC = "JOBCENTER" as const;
const HC = "HEALTH_CENTER" as const;

/** The capability table (SPEC §2). Add a row here, never a role check elsewhere. */
export const CAPABILITIES = {
  "case.create": { roles: ["CASEWORKER"], department: JC },
  "case.edit": { roles: ["CASEWORKER"], department: JC },
  "citizen.create": { roles: ["CASEWORKER"], department: JC },
  "citizen.edit": { roles: ["CASEWORKER"], department: JC },
  // The jobcenter's citizen register (search, citizen page); health-center staff reach citizens through their own work.
  "citizen.viewRegister": { roles: ["CASEWORKER", "COORDINATOR"], department: JC },
  "followup.record": { roles: ["CASEWORKER"], department: JC },
  "referral.create": { roles: ["CASEWORKER"], department: JC },
  "rtw.edit": { roles: ["CASEWORKER"], department: JC },
  "referral.triage": { roles: ["VISITATOR", "THERAPIST"], department: HC },
  // The jobcenter cases the health center may see (consent AND a relationship, caseScope), listed on its home page.
  "case.viewConsented": { roles: ["VISITATOR", "THERAPIST"], department: HC },
  "programme.manage": { roles: ["VISITATOR", "THERAPIST"], department: HC },
  "rehab.edit": { roles: ["THERAPIST"], department: HC },
  "rtw.propose": { roles: ["THERAPIST"], department: HC },
  "aid.approveAboveMandate": { roles: ["MANAGER"], department: JC },
  "kpi.view": { roles: ["MANAGER"], department: "ANY" },
  "kpi.setTarget": { roles: ["MANAGER", "ADMIN"], department: "ANY" },
  "admin.manage": { roles: ["ADMIN"], department: "ANY" },
  // User administration (issue 13): create, edit, disable, unlock users, issue set-password links, import.
  "user.manage": { roles: ["ADMIN"], department: "ANY" },
  // Organisation settings: name, jurisdiction, aid mandate, thresholds that features read.
  "organisation.manage": { roles: ["ADMIN"], department: "ANY" },
  // A staff member's own access-log entries (when, record type, action; never content).
  "staffAccessLog.view": { roles: ["ADMIN"], department: "ANY" },
  "meeting.run": { roles: ["COORDINATOR"], department: "ANY" },
  // Issue 12: managers see leadership and board meetings (no person-level items).
  "meeting.viewLeadership": { roles: ["MANAGER"], department: "ANY" },
  // Issue 12: flag a case or rehab plan for the weekly case conference, with a question.
  "meeting.flag": { roles: ["CASEWORKER", "THERAPIST"], department: "ANY" },
  // Issue 12: "My tasks" (action items of meeting minutes) for every person-level role.
  "task.view": { roles: ["CASEWORKER", "THERAPIST", "VISITATOR", "COORDINATOR"], department: "ANY" },
  // Issue 12: the list of meetings in reach (meeting scopes decide which).
  "meeting.view": { roles: ["CASEWORKER", "THERAPIST", "VISITATOR", "COORDINATOR", "MANAGER"], department: "ANY" },
  // The coordinator's overview of the own jobcenter department's overdue cases (never a cross-department view).
  "case.viewOverdue": { roles: ["COORDINATOR"], department: JC },
  // The citizen's access report (issue 9): staff who work with citizens in either department; the
  // citizen must also be in their read scope (citizenScope).
  "audit.report": { roles: ["CASEWORKER", "VISITATOR", "THERAPIST"], department: "ANY" },
  // Either department records and revokes the citizen's consent (SPEC §2–3, issue 9).
  "consent.record": { roles: ["CASEWORKER", "THERAPIST", "VISITATOR"], department: "ANY" },
  // Effect studies (issue 14, ADR 0016): managers and admins define and list studies; managers see
  // their results as aggregates only (small numbers suppressed), never a person. Closing is decided
  // on the results page, so it goes with the results: managers only (SPEC §2: aggregates are the
  // manager's; the admin configures; ADR 0016 addendum 2026-11-30).
  "study.manage": { roles: ["MANAGER", "ADMIN"], department: "ANY" },
  "study.viewResults": { roles: ["MANAGER"], department: "ANY" },
  "study.close": { roles: ["MANAGER"], department: "ANY" },
} as const satisfies Record<string, Grant>;

export type Capability = keyof typeof CAPABILITIES;

/** True when the actor's role (in their department kind) has the capability. */
export function can(actor: Actor, capability: Capability): boolean {
  const grant: Grant = CAPABILITIES[capability];
  return grant.roles.includes(actor.role) && (grant.department === "ANY" || actor.departmentKind === grant.department);
}
