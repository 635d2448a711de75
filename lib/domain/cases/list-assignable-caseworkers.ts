// The caseworkers a case can be assigned to: active caseworkers of the actor's own jobcenter
// department. Staff names only, no citizen data (so nothing to log).
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";

export async function listAssignableCaseworkers(actor: Actor): Promise<{ id: string; name: string }[]> {
  if (!can(actor, "case.edit") || !actor.departmentId) return [];
  const db = await getDb();
  return db.user.findMany({
    where: { organisationId: actor.organisationId, departmentId: actor.departmentId, role: "CASEWORKER", active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
