// "By whom" columns: the names of staff members by id, read through the use case's context (policy
// userScope: staff of the actor's organisation). A helper inside use cases, not a use case.
import type { UseCaseContext } from "@/lib/domain/run-use-case";

/**
 * Names of the staff members `ids` (nulls, undefined and repeats are skipped; no query when none is left).
 * @returns a map from user id to name; an id outside the actor's organisation is simply absent.
 */
export async function staffNames(ctx: UseCaseContext, ids: Iterable<string | null | undefined>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const users = await ctx.read.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}
