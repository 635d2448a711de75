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
  "followup.record": { roles: ["CASEWORKER"], department: JC },
  "referral.create": { roles: ["CASEWORKER"], department: JC },
  "rtw.edit": { roles: ["CASEWORKER"], department: JC },
  "referral.triage": { roles: ["VISITATOR", "THERAPIST"], department: HC },
  "programme.manage": { roles: ["VISITATOR", "THERAPIST"], department: HC },
  "rehab.edit": { roles: ["THERAPIST"], department: HC },
  "rtw.propose": { roles: ["THERAPIST"], department: HC },
  "aid.approveAboveMandate": { roles: ["MANAGER"], department: JC },
  "kpi.view": { roles: ["MANAGER"], department: "ANY" },
  "kpi.setTarget": { roles: ["MANAGER", "ADMIN"], department: "ANY" },
  "admin.manage": { roles: ["ADMIN"], department: "ANY" },
  "meeting.run": { roles: ["COORDINATOR"], department: "ANY" },
} as const satisfies Record<string, Grant>;

export type Capability = keyof typeof CAPABILITIES;

/** True when the actor's role (in their department kind) has the capability. */
export function can(actor: Actor, capability: Capability): boolean {
  const grant: Grant = CAPABILITIES[capability];
  return grant.roles.includes(actor.role) && (grant.department === "ANY" || actor.departmentKind === grant.department);
}
