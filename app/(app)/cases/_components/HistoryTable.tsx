// The correction history of one or more records: who, when, what (old → new) and why.
import type { HistoryEntry, HistoryValue } from "@/lib/domain/history/types";
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatDateTime, formatDay, formatNumber } from "@/lib/format";
import { parseIsoDay } from "@/lib/time";
import { Table, Td } from "@/components/ui/Table";
import { CITIZEN_FACT_FIELDS } from "@/lib/domain/citizens/citizen-values";

const DAY_FIELDS = new Set([
  "firstAbsenceDay",
  "closedOn",
  "effectiveOn",
  "exemptionFrom",
  "exemptionUntil",
  "validFromDay",
  "validThroughDay",
]);
const INSTANT_FIELDS = new Set(["scheduledAt", "heldAt", "revokedAt", "endedAt"]);
const FIELDS = [
  "cpr",
  ...CITIZEN_FACT_FIELDS,
  "firstAbsenceDay",
  "diagnosisGroup",
  "diagnosisDetail",
  "status",
  "partialHoursPerWeek",
  "closedOn",
  "closingReason",
  "effectiveOn",
  "caseworker",
  "exemptionReason",
  "exemptionFrom",
  "exemptionUntil",
  "scheduledAt",
  "heldAt",
  "mode",
  "participants",
  "summary",
  "agreements",
  "voided",
  // Consent (lib/domain/consents)
  "directions",
  "method",
  "purpose",
  "employerDetails",
  "validFromDay",
  "validThroughDay",
  "revokedAt",
  "endedAt",
] as const;
type Field = (typeof FIELDS)[number];
const isField = (f: string): f is Field => (FIELDS as readonly string[]).includes(f);

/** Enum values are shown with their label; the translation key depends on the field (and record type for status). */
function enumLabel(t: T, entry: HistoryEntry, field: Field, v: string): string | null {
  const key =
    field === "status"
      ? entry.recordType === "FollowUp"
        ? `followups.status.${v}`
        : `cases.status.${v}`
      : field === "diagnosisGroup"
        ? `cases.diagnosisGroup.${v}`
        : field === "closingReason"
          ? `cases.closingReason.${v}`
          : field === "employmentStatus"
            ? `cases.employmentStatus.${v}`
            : field === "exemptionReason"
              ? `cases.exemptionReason.${v}`
              : field === "mode"
                ? `followups.mode.${v}`
                : field === "participants"
                  ? `followups.participant.${v}`
                  : field === "directions"
                    ? `consents.direction.${v}`
                    : field === "method"
                      ? `consents.method.${v}`
                      : null;
  if (!key || !t.has(key as never)) return null;
  return t(key as never);
}

export function historyValueText(t: T, locale: Locale, entry: HistoryEntry, field: string, v: HistoryValue): string {
  if (v === null || v === "" || (Array.isArray(v) && v.length === 0)) return t("cases.history.empty");
  if (typeof v === "boolean") return v ? t("cases.history.yes") : t("cases.history.no");
  if (typeof v === "number") return formatNumber(v, locale, 1);
  if (!isField(field)) return Array.isArray(v) ? v.join(", ") : v;
  if (Array.isArray(v)) return v.map((x) => enumLabel(t, entry, field, x) ?? x).join(", ");
  if (DAY_FIELDS.has(field)) return formatDay(parseIsoDay(v), locale) || v;
  if (INSTANT_FIELDS.has(field)) return formatDateTime(new Date(v), locale);
  return enumLabel(t, entry, field, v) ?? v;
}

export function fieldLabel(t: T, field: string): string {
  return isField(field) ? t(`cases.history.fields.${field}`) : field;
}

export function HistoryChanges({ t, locale, entry }: { t: T; locale: Locale; entry: HistoryEntry }) {
  const fields = Object.entries(entry.changes);
  if (fields.length === 0) return null;
  return (
    <ul className="space-y-1">
      {fields.map(([field, c]) => (
        <li key={field}>
          {t("cases.history.change", {
            field: fieldLabel(t, field),
            from: historyValueText(t, locale, entry, field, c.from),
            to: historyValueText(t, locale, entry, field, c.to),
          })}
        </li>
      ))}
    </ul>
  );
}

export function HistoryTable({ t, locale, entries, caption }: { t: T; locale: Locale; entries: HistoryEntry[]; caption: string }) {
  if (entries.length === 0) return <p>{t("cases.history.none")}</p>;
  return (
    <Table
      caption={caption}
      head={[t("cases.history.when"), t("cases.history.who"), t("cases.history.what"), t("cases.history.changes"), t("cases.history.why")]}
    >
      {entries.map((e) => (
        <tr key={e.id}>
          <Td className="whitespace-nowrap">{formatDateTime(e.changedAt, locale)}</Td>
          <Td>{e.changedByName}</Td>
          <Td>{`${t(`cases.history.record.${e.recordType}`)}: ${t(`cases.history.action.${e.action}`)}`}</Td>
          <Td>
            <HistoryChanges t={t} locale={locale} entry={e} />
          </Td>
          <Td>{e.reason ?? ""}</Td>
        </tr>
      ))}
    </Table>
  );
}
