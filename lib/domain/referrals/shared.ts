// Steps shared by the referral use cases.
import type { Prisma } from "@/lib/db/generated/client";
import { waitlistPositions, type Waitlisted } from "@/lib/referrals/capacity";

type Tx = Prisma.TransactionClient;

/**
 * Serialises capacity and wait-list decisions per programme across app instances: two
 * visitators starting referrals at once cannot both take the last place.
 */
export async function lockProgramme(tx: Tx, programmeId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('programme:' || ${programmeId}::text)::bigint)`;
}

export async function startedCount(tx: Tx, programmeId: string): Promise<number> {
  return tx.referral.count({ where: { programmeId, status: "STARTED" } });
}

/**
 * Queue positions of the wait lists of the given programmes. Deliberately not scoped: a position
 * counts referrals the reader may not see, but only ids and timestamps are read and only the
 * reader's own referrals' positions leave this function's callers (no person data of others).
 */
export async function waitlistPositionsFor(tx: Tx, programmeIds: string[]): Promise<Map<string, number>> {
  if (programmeIds.length === 0) return new Map();
  const rows = await tx.referral.findMany({
    where: { programmeId: { in: [...new Set(programmeIds)] }, status: "WAITLISTED" },
    select: { id: true, programmeId: true, waitlistedAt: true },
  });
  const byProgramme = new Map<string, Waitlisted[]>();
  for (const r of rows) byProgramme.set(r.programmeId, [...(byProgramme.get(r.programmeId) ?? []), r]);
  const out = new Map<string, number>();
  for (const list of byProgramme.values()) for (const [id, pos] of waitlistPositions(list)) out.set(id, pos);
  return out;
}

/** Names of staff in the actor's organisation, for "by whom" columns. */
export async function staffNames(tx: Tx, organisationId: string, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const users = await tx.user.findMany({ where: { organisationId, id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

export const REFERRAL_RECORD_TYPE = "Referral";
