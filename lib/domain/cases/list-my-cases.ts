// The caseworker's worklist: own cases, most urgent deadline first (overdue, due within 7 days,
// on track, none), with filters (status, diagnosis group, deadline state), search (name or full
// CPR number) and the number of open cases per deadline state.
import type { Actor } from "@/lib/auth/policy";
import { caseScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import type { CaseStatus, DiagnosisGroup, Prisma } from "@/lib/db/generated/client";
import { listViewEntries, logAccess } from "@/lib/audit/log";
import { maskCpr } from "@/lib/validation/cpr";
import { decryptCpr } from "@/lib/crypto/cpr";
import { today as todayInDenmark } from "@/lib/format";
import { citizenSearchWhere } from "@/lib/domain/citizens/search-citizens";
import type { TMyCasesQuery } from "@/lib/validation/cases";
import { dueSoonDaysFor } from "./case-deadlines";
import { URGENCY_ORDER, urgencyOf, urgencyWhere, type UrgencyState } from "./urgency";

export type MyCaseRow = {
  id: string;
  citizenName: string;
  cprMasked: string;
  diagnosisGroup: DiagnosisGroup;
  status: CaseStatus;
  firstAbsenceDay: Date;
  nextDeadlineOn: Date | null;
  nextDeadlineKind: string | null;
  urgency: UrgencyState;
};

export type MyCases = { rows: MyCaseRow[]; counts: Record<UrgencyState, number>; invalidCpr: boolean; limited: boolean };

export const MY_CASES_LIMIT = 500;

export async function getMyWorklist(actor: Actor, query: Partial<TMyCasesQuery> = {}, today: Date = todayInDenmark()): Promise<MyCases> {
  const db = await getDb();
  const mine: Prisma.SickLeaveCaseWhereInput = { AND: [caseScope(actor, "read"), { caseworkerId: actor.userId }] };
  const open: Prisma.SickLeaveCaseWhereInput = { status: { not: "CLOSED" } };
  const search = citizenSearchWhere(query.q);
  return db.$transaction(async (tx) => {
    const dueSoonDays = await dueSoonDaysFor(tx, actor.organisationId);
    const filters: Prisma.SickLeaveCaseWhereInput[] = [
      !query.status || query.status === "OPEN" ? open : { status: query.status },
      ...(query.group ? [{ diagnosisGroup: query.group }] : []),
      ...(query.state ? [urgencyWhere(query.state, today, dueSoonDays)] : []),
      ...(search.by !== "none" ? [{ citizen: search.where }] : []),
    ];
    const found = await tx.sickLeaveCase.findMany({
      where: { AND: [mine, ...filters] },
      orderBy: [{ nextDeadlineOn: { sort: "asc", nulls: "last" } }, { firstAbsenceDay: "asc" }, { id: "asc" }],
      select: {
        id: true,
        diagnosisGroup: true,
        status: true,
        firstAbsenceDay: true,
        nextDeadlineOn: true,
        nextDeadlineKind: true,
        citizen: { select: { id: true, firstName: true, lastName: true, cprEncrypted: true } },
      },
      take: MY_CASES_LIMIT + 1,
    });
    const counts = {} as Record<UrgencyState, number>;
    for (const state of URGENCY_ORDER)
      counts[state] = await tx.sickLeaveCase.count({ where: { AND: [mine, open, urgencyWhere(state, today, dueSoonDays)] } });
    const rows = found.slice(0, MY_CASES_LIMIT);
    await logAccess(
      tx,
      actor,
      listViewEntries(
        "SickLeaveCase",
        rows.map((r) => ({ recordId: r.id, citizenId: r.citizen.id })),
        { list: "my-cases", search: search.by },
      ),
    );
    return {
      invalidCpr: search.invalidCpr,
      limited: found.length > MY_CASES_LIMIT,
      counts,
      rows: rows.map((r) => ({
        id: r.id,
        citizenName: `${r.citizen.firstName} ${r.citizen.lastName}`,
        cprMasked: maskCpr(decryptCpr(r.citizen.cprEncrypted)),
        diagnosisGroup: r.diagnosisGroup,
        status: r.status,
        firstAbsenceDay: r.firstAbsenceDay,
        nextDeadlineOn: r.nextDeadlineOn,
        nextDeadlineKind: r.nextDeadlineKind,
        urgency: urgencyOf(r.nextDeadlineOn, today, dueSoonDays),
      })),
    };
  });
}

/** The open cases of the worklist, most urgent first (no filters). */
export async function listMyCases(actor: Actor): Promise<MyCaseRow[]> {
  return (await getMyWorklist(actor)).rows;
}
