// GET /api/exports/key-figures?format=csv|xlsx&month=…&window=…&departmentId=…&diagnosisGroup=…&programmeId=…
// The board pack's figures as a file (issue 11): the same view and suppression as the dashboard,
// logged as an EXPORT (lib/domain/kpi/export-key-figures.ts). Bad input → 400 with field errors,
// no access or an unknown filter → 404, like any record outside the actor's reach.
import type { NextRequest } from "next/server";
import { requireActor } from "@/lib/auth/session";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { exportKeyFigures } from "@/lib/domain/kpi/export-key-figures";
import { getLocale, getT } from "@/lib/i18n/server";
import { CSV_TYPE, downloadResponse } from "@/lib/download";
import { keyFiguresCsv, keyFiguresXlsx } from "@/lib/kpi/export";
import { parseWith } from "@/lib/validation/form";
import { ZKeyFigureExport } from "@/lib/validation/kpi";

export const dynamic = "force-dynamic";

const TYPES = {
  csv: CSV_TYPE,
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export async function GET(request: NextRequest): Promise<Response> {
  const actor = await requireActor();
  const parsed = parseWith(ZKeyFigureExport, Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.ok) return Response.json({ fieldErrors: parsed.fieldErrors }, { status: 400 });
  let board;
  try {
    board = await exportKeyFigures(actor, parsed.data);
  } catch (e) {
    if (e instanceof NotFoundError) return new Response(null, { status: 404 });
    if (e instanceof DomainRuleError) return Response.json({ fieldErrors: { [e.field ?? "_form"]: [e.code] } }, { status: 400 });
    throw e;
  }
  if (!board.ready) return new Response(null, { status: 404 });
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const format = parsed.data.format;
  const body = format === "csv" ? keyFiguresCsv(board, t, locale) : new Uint8Array(await keyFiguresXlsx(board, t, locale));
  return downloadResponse(body, TYPES[format], `noegletal-${board.month}.${format}`);
}
