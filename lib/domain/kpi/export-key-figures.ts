// The board pack's data exports (CSV, Excel): the same figures as the dashboard, suppression
// included, logged as an EXPORT of aggregates (no person in the log row).
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { TKeyFigureExport } from "@/lib/validation/kpi";
import { getKeyFigureBoard, type KeyFigureBoard } from "./get-key-figure-board";

/**
 * The dashboard of `query` for an export in `query.format`, with an access-log row
 * (action EXPORT, record type "KeyFigures", the period and filters as details).
 * @throws as getKeyFigureBoard.
 */
export const exportKeyFigures = defineUseCase(
  { capability: "kpi.view", notFound: "key figures" },
  async (ctx, query: TKeyFigureExport): Promise<KeyFigureBoard> => {
    const board = await getKeyFigureBoard.within(ctx, query);
    if (board.ready) {
      await ctx.audit.exported({
        recordType: "KeyFigures",
        details: { format: query.format, month: board.month, months: board.months.length, ...board.filter },
      });
    }
    return board;
  },
);
