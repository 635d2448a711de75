// What the case page reads of a case's child rows, chosen so that the same rows are also the facts of
// its deadline report (lib/domain/deadlines/case-facts.ts FACTS_SELECT: same filters, a superset
// of the fields, the facts' order), so the page reads them once (issue 10, ADR 0023).
import type { Prisma } from "@/lib/db/generated/client";
import type { FactsInput } from "@/lib/domain/deadlines/case-facts";

/** The case page's child rows and the facts-only relations (status changes, started referrals). */
export const CASE_PAGE_SELECT = {
  voidedAt: true,
  nextDeadlineOn: true,
  nextDeadlineKind: true,
  exemptions: {
    where: { voidedAt: null },
    orderBy: { fromOn: "desc" },
    select: { id: true, reason: true, fromOn: true, untilOn: true, note: true, createdAt: true },
  },
  // Oldest first, as the facts need them (the page shows them reversed).
  visitations: {
    where: { voidedAt: null },
    orderBy: [{ visitedOn: "asc" }, { createdAt: "asc" }],
    select: { id: true, category: true, visitedOn: true, note: true, createdAt: true },
  },
  earlyFollowUpRequests: {
    where: { voidedAt: null },
    orderBy: { requestedOn: "desc" },
    select: { id: true, requestedOn: true, requestedBy: true, declinedByEmployeeOn: true, note: true },
  },
  rehabilitationTeamPresentations: {
    where: { voidedAt: null },
    orderBy: { presentedOn: "desc" },
    select: { id: true, presentedOn: true, note: true },
  },
  // Oldest first, as the facts need them (the page shows them reversed).
  reassessments: {
    where: { voidedAt: null },
    orderBy: [{ decidedOn: "asc" }, { createdAt: "asc" }],
    select: { id: true, decidedOn: true, outcome: true, ground: true, extendedUntil: true, note: true },
  },
  statusChanges: { select: { status: true, effectiveOn: true }, orderBy: [{ effectiveOn: "asc" }, { createdAt: "asc" }] },
  referrals: { where: { startedAt: { not: null } }, select: { startedAt: true, completedAt: true, droppedAt: true, returnedAt: true } },
} satisfies Prisma.SickLeaveCaseSelect;

type PageRow = Prisma.SickLeaveCaseGetPayload<{ select: typeof CASE_PAGE_SELECT }> &
  Omit<FactsInput, keyof typeof CASE_PAGE_SELECT | "citizen" | "followUps"> & {
    citizen: FactsInput["citizen"];
    followUps: { status: string; heldAt: Date | null; scheduledAt: Date | null }[];
  };

/** The deadline facts of a case read with CASE_PAGE_SELECT (and the page's non-voided follow-ups: only HELD ones count). */
export function pageFacts(c: PageRow): FactsInput {
  return {
    firstAbsenceDay: c.firstAbsenceDay,
    status: c.status,
    closedOn: c.closedOn,
    voidedAt: c.voidedAt,
    employerConversationOn: c.employerConversationOn,
    extensionAssessedOn: c.extensionAssessedOn,
    doctorCertificateRequestedOn: c.doctorCertificateRequestedOn,
    doctorCertificateReceivedOn: c.doctorCertificateReceivedOn,
    citizen: { employmentStatus: c.citizen.employmentStatus },
    visitations: c.visitations,
    earlyFollowUpRequests: c.earlyFollowUpRequests,
    rehabilitationTeamPresentations: c.rehabilitationTeamPresentations,
    reassessments: c.reassessments,
    statusChanges: c.statusChanges,
    exemptions: c.exemptions,
    followUps: c.followUps.filter((f) => f.status === "HELD"),
    referrals: c.referrals,
  };
}
