import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";

/** Administration: the organisation's users. No case content is involved. */
export async function listUsers(actor: Actor) {
  if (!can(actor, "admin.manage")) throw new NotFoundError("users");
  const db = await getDb();
  return db.user.findMany({
    where: { organisationId: actor.organisationId },
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, department: { select: { kind: true, name: true } } },
  });
}
