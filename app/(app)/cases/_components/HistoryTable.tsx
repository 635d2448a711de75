// The correction history of one or more records: who, when, what (old → new) and why.
import type { HistoryEntry, HistoryValue } from "@/lib/domain/history/types";
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatDateTime, formatDay, formatNumber } from "@/lib/format";
import { parseIsoDay } from "@/lib/time";
import { Table, Td } from "@/components/ui/Table";
import { HISTORY_FIELD_KINDS, type HistoryFieldKind } from "./history-fields";

/** Enum values are shown with their label; the translation key depends on the field (and record type for status). */
function enumLabel(t: T, entry: HistoryEntry, kind: HistoryFieldKind, v: string): string | null {
  const key =
    kind.kind === "status"
      ? entry.recordType === "FollowUp"
        ? `followups.status.${v}`
        : `cases.status.${v}`
      : kind.kind === "enum"
        ? `${kind.prefix}.${v}`
        : null;
  if (!key || !t.has(key as never)) return null;
  return t(key as never);
}

/** One history value as text: empty, yes/no, numbers and enums translated, days dd.mm.yyyy, instants with Danish time. */
export function historyValueText(t: T, locale: Locale, entry: HistoryEntry, field: string, v: HistoryValue): string {
  if (v === null || v === "" || (Array.isArray(v) && v.length === 0)) return t("cases.history.empty");
  if (typeof v === "boolean") return v ? t("cases.history.yes") : t("cases.history.no");
  const kind = Object.hasOwn(HISTORY_FIELD_KINDS, field) ? HISTORY_FIELD_KINDS[field]! : null;
  if (typeof v === "number") return (kind && enumLabel(t, entry, kind, String(v))) ?? formatNumber(v, locale, 1);
  if (!kind) return Array.isArray(v) ? v.join(", ") : v;
  if (Array.isArray(v)) return v.map((x) => enumLabel(t, entry, kind, x) ?? x).join(", ");
  if (kind.kind === "day") return formatDay(parseIsoDay(v), locale) || v;
  if (kind.kind === "instant") return formatDateTime(new Date(v), locale);
  return enumLabel(t, entry, kind, v) ?? v;
}

/** The field's translated label (`cases.history.fields.<field>`); an unknown field shows its name. */
export function fieldLabel(t: T, field: string): string {
  return Object.hasOwn(HISTORY_FIELD_KINDS, field) ? t(`cases.history.fields.${field}` as never) : field;
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
