// Places in use (STARTED) and wait-list length (WAITLISTED) per programme (not a use case).
// Aggregates only: no person data leaves here, so every reader of the catalogue may see them, and
// they count all referrals of the programme (not only those in the reader's scope).
import type { UseCaseContext } from "@/lib/domain/run-use-case";

export type ProgrammeCounts = { started: number; waitlisted: number };

/** Counts per programme id (0 for programmes without such referrals). */
export async function programmeCounts(ctx: UseCaseContext, programmeIds: string[]): Promise<Map<string, ProgrammeCounts>> {
  const out = new Map<string, ProgrammeCounts>(programmeIds.map((id) => [id, { started: 0, waitlisted: 0 }]));
  if (programmeIds.length === 0) return out;
  const rows = await ctx.tx.referral.groupBy({
    by: ["programmeId", "status"],
    where: { programmeId: { in: programmeIds }, status: { in: ["STARTED", "WAITLISTED"] } },
    _count: { _all: true },
  });
  for (const r of rows) {
    const c = out.get(r.programmeId)!;
    if (r.status === "STARTED") c.started = r._count._all;
    else c.waitlisted = r._count._all;
  }
  return out;
}
