// The citizen's access report as CSV for Excel (issue 9). Same use case as the page (logged as an
// EXPORT with format "csv"); a citizen that is missing or outside the reader's scope is the same 404.
import { requireActor } from "@/lib/auth/session";
import { getCitizenAccessReport } from "@/lib/domain/audit/get-citizen-access-report";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { ZAccessReportQuery } from "@/lib/validation/audit";
import { getLocale, getT } from "@/lib/i18n/server";
import { CSV_TYPE, downloadResponse } from "@/lib/download";
import { reportCsv } from "../report-text";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ citizenId: string }> }) {
  const actor = await requireActor();
  const [{ citizenId }, t, locale] = await Promise.all([params, getT(), getLocale()]);
  const search = new URL(request.url).searchParams;
  const parsed = ZAccessReportQuery.safeParse({ citizenId, from: search.get("from") ?? "", to: search.get("to") ?? "" });
  if (!parsed.success) {
    // A malformed citizen id is a citizen that does not exist; a bad period is the reader's mistake.
    if (parsed.error.issues.some((i) => i.path[0] === "citizenId")) return text(t("common.notFound.body"), 404);
    return text(t(parsed.error.issues[0]!.message as "audit.errors.toBeforeFrom"), 400);
  }
  try {
    const report = await getCitizenAccessReport(actor, { ...parsed.data, format: "csv" });
    const { filename, body } = reportCsv(report, t, locale);
    return downloadResponse(body, CSV_TYPE, filename);
  } catch (e) {
    if (e instanceof NotFoundError) return text(t("common.notFound.body"), 404);
    if (e instanceof DomainRuleError) return text(t(e.code as "audit.errors.toBeforeFrom"), 400);
    throw e;
  }
}
