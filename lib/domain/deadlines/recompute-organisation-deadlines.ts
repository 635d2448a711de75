// Recomputes (under the organisation's dated rule versions) every case of an organisation that is open or still carries a stored deadline: the
// daily job (scripts/recompute-deadlines.ts, `runSystemJob`) and an administrator's rule change
// (update-rule-parameters.ts, `ctx.system("admin.manage")`). Organisation-wide by nature, so it is
// a system job: its finders are the policy's SYSTEM_SCOPES, and it returns counts only.
import type { SystemContext } from "@/lib/domain/run-system-job";
import { NotFoundError } from "@/lib/domain/errors";
import { activeVersions, reportsOf, FACTS_SELECT, storeNextDeadline, type FactsRow } from "./case-facts";

const BATCH = 200;

/**
 * Recomputes the organisation's cases on `sys.today` in batches of 200 and stores each next deadline.
 * @returns how many cases were checked, how many got a different next deadline (`updated`), and how many
 *   only had their worklist row's report rewritten for the day (`refreshed`, ADR 0023).
 * @throws NotFoundError when the organisation does not exist.
 */
export async function recomputeOrganisationDeadlines(sys: SystemContext): Promise<{ checked: number; updated: number; refreshed: number }> {
  const org = await sys.read.organisation.findFirst({ select: { jurisdiction: true } });
  if (!org) throw new NotFoundError("organisation");
  const versions = await activeVersions(sys.read, org.jurisdiction);
  let checked = 0;
  let updated = 0;
  let refreshed = 0;
  let after: string | undefined;
  for (;;) {
    const rows: FactsRow[] = await sys.read.sickLeaveCase.findMany({
      where: {
        OR: [{ status: { not: "CLOSED" }, voidedAt: null }, { nextDeadlineOn: { not: null } }],
        ...(after ? { id: { gt: after } } : {}),
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: FACTS_SELECT,
    });
    for (const row of rows) {
      const written = await storeNextDeadline(sys.tx, row, reportsOf(row, org.jurisdiction, versions, sys.today), sys.today);
      if (written === "next") updated++;
      else if (written === "report") refreshed++;
    }
    checked += rows.length;
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1]!.id;
  }
  return { checked, updated, refreshed };
}
