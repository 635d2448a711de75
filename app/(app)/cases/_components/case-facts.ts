// The facts of a sick-leave case as description-list items, the same on the jobcenter's case page and
// in the health center's read-only view of it (issue 9): first absence day, the case's age, diagnosis,
// status, partial hours and the closing. Each view adds its own caseworker line.
import type { CASE_STATUSES, CLOSING_REASONS, DIAGNOSIS_GROUPS } from "@/lib/validation/choices";
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatDay, formatNumber } from "@/lib/format";
import { caseAgeWeeks } from "@/lib/rules/dates";

export type CaseFacts = {
  firstAbsenceDay: Date;
  today: Date;
  diagnosisGroup: (typeof DIAGNOSIS_GROUPS)[number];
  diagnosisDetail: string | null;
  status: (typeof CASE_STATUSES)[number];
  partialHoursPerWeek: number | null;
  closedOn: Date | null;
  closingReason: (typeof CLOSING_REASONS)[number] | null;
};

/** The case's facts, in the order both views show them; partial hours and closing only where set. */
export function caseFactItems(t: T, locale: Locale, c: CaseFacts): { term: string; value: string | null }[] {
  return [
    { term: t("cases.facts.firstAbsenceDay"), value: formatDay(c.firstAbsenceDay, locale) },
    { term: t("cases.facts.caseAge"), value: t("cases.weeks", { count: caseAgeWeeks(c.firstAbsenceDay, c.today) }) },
    { term: t("cases.facts.diagnosisGroup"), value: t(`cases.diagnosisGroup.${c.diagnosisGroup}`) },
    { term: t("cases.facts.diagnosisDetail"), value: c.diagnosisDetail },
    { term: t("cases.facts.status"), value: t(`cases.status.${c.status}`) },
    ...(c.partialHoursPerWeek !== null
      ? [{ term: t("cases.facts.partialHours"), value: formatNumber(c.partialHoursPerWeek, locale, 1) }]
      : []),
    ...(c.closedOn ? [{ term: t("cases.facts.closedOn"), value: formatDay(c.closedOn, locale) }] : []),
    ...(c.closingReason ? [{ term: t("cases.facts.closingReason"), value: t(`cases.closingReason.${c.closingReason}`) }] : []),
  ];
}
