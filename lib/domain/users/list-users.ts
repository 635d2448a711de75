// Administration: the organisation's users (staff, not citizens: no case content, nothing to log).
import { defineUseCase } from "@/lib/domain/run-use-case";

/**
 * The organisation's users by role and name, with their department.
 * @throws NotFoundError without the capability "admin.manage".
 */
export const listUsers = defineUseCase({ capability: "admin.manage", notFound: "users" }, async (ctx) =>
  ctx.read.user.findMany({
    orderBy: [{ role: "asc" }, { nameSortKey: "asc" }, { name: "asc" }], // Danish order, ADR 0019
    select: { id: true, name: true, email: true, role: true, active: true, department: { select: { kind: true, name: true } } },
  }),
);
