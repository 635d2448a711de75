// GET /api/exports/study-results?studyId=… — a study's results as CSV (issue 14): the same
// disclosure-safe view as the results page, logged as an EXPORT (lib/domain/studies/export-study-results.ts).
// Bad input → 400 with field errors; no access or an unknown study → 404.
import type { NextRequest } from "next/server";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/domain/errors";
import { exportStudyResults } from "@/lib/domain/studies/export-study-results";
import { getLocale, getT } from "@/lib/i18n/server";
import { CSV_TYPE, downloadResponse } from "@/lib/download";
import { studyResultsCsv } from "@/lib/studies/results-csv";
import { parseWith } from "@/lib/validation/form";
import { ZStudyRef } from "@/lib/validation/studies";
import { isoDay } from "@/lib/time";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  const actor = await requireActor();
  const parsed = parseWith(ZStudyRef, Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.ok) return Response.json({ fieldErrors: parsed.fieldErrors }, { status: 400 });
  let results;
  try {
    results = await exportStudyResults(actor, parsed.data);
  } catch (e) {
    if (e instanceof NotFoundError) return new Response(null, { status: 404 });
    throw e;
  }
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return downloadResponse(studyResultsCsv(results, t, locale), CSV_TYPE, `effektundersoegelse-${isoDay(results.analysisDay)}.csv`);
}
