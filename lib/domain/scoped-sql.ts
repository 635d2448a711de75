// A model's policy scope (lib/auth/policy SCOPES) as a SQL condition, for the few reads a use case
// makes with `ctx.tx.$queryRaw` because Prisma's per-row work would dominate (ADR 0025). The scope
// still comes from the policy, never from the use case: only the shapes that have an exact SQL
// equivalent translate — the organisation's rows (`{ organisationId }`) and nothing (NOTHING,
// `{ organisationId: { in: [] } }`) — and any other shape throws, so a richer scope (consent,
// department, relations) can never be dropped silently by a raw query.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";

/** A SQL table alias: letters only, so that it can be spliced into the statement safely. */
const ALIAS = /^[A-Za-z]{1,20}$/;

/**
 * The condition `scope` puts on the rows of table alias `alias`.
 * @returns `alias."organisationId" = $n`, or `FALSE` for an empty scope.
 * @throws Error for an alias that is not plain letters or a scope with no exact SQL translation.
 */
export function scopeToSql(model: string, scope: unknown, alias: string): Prisma.Sql {
  if (!ALIAS.test(alias)) throw new Error(`scopeToSql: bad alias ${JSON.stringify(alias)}`);
  const column = Prisma.raw(`"${alias}"."organisationId"`);
  if (scope && typeof scope === "object") {
    const entries = Object.entries(scope);
    if (entries.length === 1) {
      const [key, value] = entries[0]!;
      if (key === "organisationId" && typeof value === "string" && value !== "") return Prisma.sql`${column} = ${value}`;
      if ((key === "organisationId" || key === "id") && isEmptyIn(value)) return Prisma.sql`FALSE`;
    }
  }
  throw new Error(`scopeToSql: the ${model} scope has no exact SQL translation; read it through ctx.read instead`);
}

const isEmptyIn = (v: unknown) =>
  !!v &&
  typeof v === "object" &&
  Object.keys(v).length === 1 &&
  Array.isArray((v as { in?: unknown }).in) &&
  (v as { in: unknown[] }).in.length === 0;
