// Aggregates only: the manager never receives a person-level row (SPEC §2). Counted through the
// policy's aggregate scope (ctx.aggregate), which has no finder that returns rows.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { suppressBreakdown, type Suppressed } from "@/lib/kpi/suppress";
import type { DiagnosisGroup } from "@/lib/db/generated/client";

const GROUPS: DiagnosisGroup[] = ["MENTAL", "MUSCULOSKELETAL", "OTHER"];

export type ActiveCasesByGroup = { group: DiagnosisGroup; count: Suppressed }[] & { total?: Suppressed };

/**
 * Open (not closed, not voided) cases of the organisation per diagnosis group, with small-number
 * suppression (lib/kpi/suppress: fewer than 5 shown as "< 5", complementary suppression).
 * @throws NotFoundError without the capability "kpi.view".
 */
export const activeCasesByGroup = defineUseCase(
  { capability: "kpi.view", notFound: "key figures" },
  async (ctx): Promise<ActiveCasesByGroup> => {
    const rows = await ctx.aggregate.sickLeaveCase.groupBy({
      by: ["diagnosisGroup"],
      where: { status: { not: "CLOSED" } },
      _count: { _all: true },
    });
    const byGroup = new Map(rows.map((r) => [r.diagnosisGroup, r._count._all]));
    const { cells, total } = suppressBreakdown(GROUPS.map((g) => byGroup.get(g) ?? 0));
    return Object.assign(
      GROUPS.map((group, i) => ({ group, count: cells[i]! })),
      { total },
    );
  },
);
