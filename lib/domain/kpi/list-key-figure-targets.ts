// The targets page: every figure's current target with its version (for the form) and the history
// of changes (who, when, from → to), newest first.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { FIGURE_KEYS, type FigureKey } from "@/lib/kpi/figures";

export type TargetRow = { figure: FigureKey; value: number | null; version: number | null; updatedAt: Date | null };
export type TargetChange = { figure: FigureKey; from: number | null; to: number | null; by: string; at: Date };

/**
 * Targets of all figures (value null = none) and their change history (at most 500 entries).
 * @throws NotFoundError without kpi.setTarget.
 */
export const listKeyFigureTargets = defineUseCase(
  { capability: "kpi.setTarget", notFound: "key-figure targets" },
  async (ctx): Promise<{ targets: TargetRow[]; history: TargetChange[] }> => {
    const rows = await ctx.read.kpiTarget.findMany({ select: { id: true, figure: true, value: true, version: true, updatedAt: true } });
    const byFigure = new Map(rows.map((r) => [r.figure, r]));
    const figureOf = new Map(rows.map((r) => [r.id, r.figure as FigureKey]));
    const versions = rows.length
      ? await ctx.read.recordVersion.findMany({
          where: { recordType: "KpiTarget", recordId: { in: rows.map((r) => r.id) } },
          orderBy: [{ changedAt: "desc" }, { version: "desc" }],
          take: 500,
          select: { recordId: true, changes: true, changedById: true, changedAt: true },
        })
      : [];
    const users = await ctx.read.user.findMany({
      where: { id: { in: [...new Set(versions.map((v) => v.changedById))] } },
      select: { id: true, name: true },
    });
    const names = new Map(users.map((u) => [u.id, u.name]));
    return {
      targets: FIGURE_KEYS.map((figure) => {
        const r = byFigure.get(figure);
        return { figure, value: r?.value ?? null, version: r?.version ?? null, updatedAt: r?.updatedAt ?? null };
      }),
      history: versions.map((v) => {
        const change = (v.changes as { value?: { from: number | null; to: number | null } }).value;
        return {
          figure: figureOf.get(v.recordId)!,
          from: change?.from ?? null,
          to: change?.to ?? null,
          by: names.get(v.changedById) ?? "",
          at: v.changedAt,
        };
      }),
    };
  },
);
