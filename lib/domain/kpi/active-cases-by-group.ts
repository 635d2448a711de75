// Aggregates only: the manager never receives a person-level row.
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import { suppressBreakdown, type Suppressed } from "@/lib/kpi/suppress";
import type { DiagnosisGroup } from "@/lib/db/generated/client";

const GROUPS: DiagnosisGroup[] = ["MENTAL", "MUSCULOSKELETAL", "OTHER"];

export async function activeCasesByGroup(actor: Actor): Promise<{ group: DiagnosisGroup; count: Suppressed }[] & { total?: Suppressed }> {
  if (!can(actor, "kpi.view")) throw new NotFoundError("key figures");
  const db = await getDb();
  const rows = await db.sickLeaveCase.groupBy({
    by: ["diagnosisGroup"],
    where: { organisationId: actor.organisationId, voidedAt: null, status: { not: "CLOSED" } },
    _count: { _all: true },
  });
  const byGroup = new Map(rows.map((r) => [r.diagnosisGroup, r._count._all]));
  const { cells, total } = suppressBreakdown(GROUPS.map((g) => byGroup.get(g) ?? 0));
  return Object.assign(
    GROUPS.map((group, i) => ({ group, count: cells[i]! })),
    { total },
  );
}
