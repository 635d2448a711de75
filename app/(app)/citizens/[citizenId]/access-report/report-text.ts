// The access report's cells as text, shared by the printable page and the CSV download.
import type { AccessReport, AccessReportRow } from "@/lib/domain/audit/get-citizen-access-report";
import { audit as daAudit } from "@/lib/i18n/messages/da/audit";
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatDay, formatDateTime } from "@/lib/format";
import { instantToDanishLocal, isoDay } from "@/lib/time";
import { toExcelCsv } from "@/lib/audit/report-csv";

type RecordTypeKey = keyof typeof daAudit.recordTypes;

/** "Sygedagpengesag" for "SickLeaveCase"; kinds without a text: "Andre oplysninger (Kind)". */
export function recordText(t: T, row: Pick<AccessReportRow, "recordType" | "inList">): string {
  const known = Object.hasOwn(daAudit.recordTypes, row.recordType) && row.recordType !== "other";
  const label = known ? t(`audit.recordTypes.${row.recordType as RecordTypeKey}`) : `${t("audit.recordTypes.other")} (${row.recordType})`;
  return row.inList ? `${label}, ${t("audit.report.inList")}` : label;
}

/** The consent line ("Samtykke fra 01.02.2026 til 01.02.2027"), or that none was needed. */
export function consentText(t: T, locale: Locale, row: Pick<AccessReportRow, "consent">): string {
  const c = row.consent;
  if (!c) return t("audit.report.ownWork");
  if (!c.validFrom) return t("audit.report.consentUnknown");
  return c.validUntil
    ? t("audit.report.consentUntil", { from: formatDay(c.validFrom, locale), until: formatDay(c.validUntil, locale) })
    : t("audit.report.consentGiven", { from: formatDay(c.validFrom, locale) });
}

/** The purpose of the consent, or "" for the department's own records. */
export function purposeText(t: T, row: Pick<AccessReportRow, "consent">): string {
  if (!row.consent) return "";
  return row.consent.purpose ? t("audit.report.purpose", { purpose: row.consent.purpose }) : t("audit.report.noPurpose");
}

/** "Jobcenter" / "Sundhedscenter", or "Ingen afdeling" for staff without one. */
export function departmentText(t: T, row: Pick<AccessReportRow, "actorDepartment">): string {
  return row.actorDepartment ? t(`common.departments.${row.actorDepartment}`) : t("audit.report.noDepartment");
}

/** Date and time of an access, in Danish time. */
export function whenText(locale: Locale, at: Date): string {
  return formatDateTime(at, locale);
}

/** The CSV download: file name and body (lib/audit/report-csv: BOM, ";", formulas neutralised). */
export function reportCsv(report: AccessReport, t: T, locale: Locale): { filename: string; body: string } {
  const c = (k: keyof typeof daAudit.csv.columns) => t(`audit.csv.columns.${k}`);
  const header = [
    c("when"),
    c("citizen"),
    c("who"),
    c("role"),
    c("department"),
    c("record"),
    c("inList"),
    c("action"),
    c("consent"),
    c("purpose"),
  ];
  const rows = report.rows.map((r) => [
    instantToDanishLocal(r.at).replace("T", " "),
    report.citizen.name,
    r.actorName,
    t(`common.roles.${r.actorRole}`),
    departmentText(t, r),
    recordText(t, { ...r, inList: false }),
    r.inList ? t("common.yes") : t("common.no"),
    t(`audit.actions.${r.action}`),
    r.consent ? consentText(t, locale, r) : t("audit.report.ownWork"),
    r.consent ? (r.consent.purpose ?? t("audit.report.noPurpose")) : "",
  ]);
  return { filename: `${t("audit.csv.filename")}-${isoDay(report.to)}.csv`, body: toExcelCsv(header, rows) };
}
