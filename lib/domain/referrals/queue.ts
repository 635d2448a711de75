// Places and wait-list queues of programmes (not use cases): counts over all referrals of a
// programme. Deliberately not scoped: a position counts referrals the reader may not see, but only
// ids, statuses and timestamps are read, and only the reader's own referrals' positions leave the
// calling use cases (no person data of others).
import type { UseCaseContext } from "@/lib/domain/run-use-case";
import { waitlistPositions, type Waitlisted } from "@/lib/referrals/capacity";

/** Referrals of the programme that are STARTED (places in use). */
export async function startedCount(ctx: UseCaseContext, programmeId: string): Promise<number> {
  return ctx.tx.referral.count({ where: { programmeId, status: "STARTED" } });
}

/** Queue positions (1 = first in line) of the WAITLISTED referrals of the given programmes, by referral id. */
export async function waitlistPositionsFor(ctx: UseCaseContext, programmeIds: string[]): Promise<Map<string, number>> {
  if (programmeIds.length === 0) return new Map();
  const rows = await ctx.tx.referral.findMany({
    where: { programmeId: { in: [...new Set(programmeIds)] }, status: "WAITLISTED" },
    select: { id: true, programmeId: true, waitlistedAt: true },
  });
  const byProgramme = new Map<string, Waitlisted[]>();
  for (const r of rows) byProgramme.set(r.programmeId, [...(byProgramme.get(r.programmeId) ?? []), r]);
  const out = new Map<string, number>();
  for (const list of byProgramme.values()) for (const [id, pos] of waitlistPositions(list)) out.set(id, pos);
  return out;
}
