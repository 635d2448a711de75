// Reads the dashboard's query string (month, window, filters) with the shared schema and loads the
// board through its use case. Bad values are reported next to their field; an unknown department
// or programme is a 404 like any record outside the actor's reach.
import "server-only";
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { DomainRuleError } from "@/lib/domain/errors";
import { getKeyFigureBoard, type KeyFigureBoard } from "@/lib/domain/kpi/get-key-figure-board";
import { parseWith, type FieldErrors } from "@/lib/validation/form";
import { ZKeyFigureQuery, type TKeyFigureQuery } from "@/lib/validation/kpi";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const DEFAULT_QUERY: TKeyFigureQuery = { month: null, window: 12, departmentId: "", diagnosisGroup: "", programmeId: "" };

/** The board for the query string; on invalid input the default view plus the field errors. */
export async function loadBoard(searchParams: SearchParams): Promise<{ board: KeyFigureBoard; errors: FieldErrors }> {
  const actor = await requireActor();
  const raw = await searchParams;
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = parseWith(ZKeyFigureQuery, flat);
  const query = parsed.ok ? parsed.data : DEFAULT_QUERY;
  const errors: FieldErrors = parsed.ok ? {} : parsed.fieldErrors;
  try {
    return { board: await orNotFound(getKeyFigureBoard(actor, query)), errors };
  } catch (e) {
    if (e instanceof DomainRuleError && e.field) {
      return { board: await orNotFound(getKeyFigureBoard(actor, { ...query, month: null })), errors: { ...errors, [e.field]: [e.code] } };
    }
    throw e;
  }
}

/** The query string of a board's view, for links to the print view and the exports. */
export function boardQuery(board: Extract<KeyFigureBoard, { ready: true }>, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams({ month: board.month, window: String(board.window), ...extra });
  for (const [k, v] of Object.entries(board.filter)) if (v) p.set(k, v);
  return p.toString();
}
