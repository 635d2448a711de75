// The caseworkers a case can be assigned to: active caseworkers of the actor's own jobcenter
// department (the policy's assignableCaseworkerScope). Staff names only, no citizen data (nothing to log).
import { assignableCaseworkerScope } from "@/lib/auth/policy";
import { defineUseCase } from "@/lib/domain/run-use-case";

/**
 * Active caseworkers of the actor's department, by name in Danish order (ADR 0019); empty for actors who may not assign cases.
 */
export const listAssignableCaseworkers = defineUseCase({}, async (ctx): Promise<{ id: string; name: string }[]> =>
  ctx.read.user.findMany({
    where: assignableCaseworkerScope(ctx.actor),
    orderBy: [{ nameSortKey: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  }),
);
