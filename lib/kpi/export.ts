// The board pack as data files (issue 11): CSV (UTF-8 with BOM, ";" between fields, Danish decimal
// comma; csv-stringify) and Excel (.xlsx with typed numeric cells, one sheet per figure group and a
// sheet explaining the figures; exceljs). Both hold exactly what the dashboard shows: suppressed
// values appear as "< 5" / "–", never as numbers.
import "server-only";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatDateTime, formatDay, formatMonth } from "@/lib/format";
import type { KeyFigureBoard } from "@/lib/domain/kpi/get-key-figure-board";
import { displayUnit, FIGURE_GROUPS, FIGURES, figureUnit, type FigureKey } from "./figures";
import type { Shown } from "./view";

type Ready = Extract<KeyFigureBoard, { ready: true }>;

/** A row of the export: a number where the dashboard shows one, otherwise the dashboard's symbol. */
type Row = {
  group: string;
  name: string;
  unit: string;
  key: FigureKey;
  target: number | null;
  values: (number | string)[];
  percent: boolean;
};

function symbol(s: Shown, t: T): number | string {
  if (s.kind === "value") return s.value;
  return s.kind === "small" ? t("kpi.shown.small") : s.kind === "protected" ? t("kpi.shown.protected") : t("kpi.shown.none");
}

function rowsOf(board: Ready, t: T): Row[] {
  const rows: Row[] = [];
  for (const g of FIGURE_GROUPS) {
    for (const f of board.figures.filter((x) => FIGURES[x.key].group === g)) {
      const name = t(`kpi.figures.${f.key}.name`);
      const base = { group: t(`kpi.groups.${g}`), key: f.key };
      const percent = figureUnit(f.key) === "percent";
      rows.push({
        ...base,
        name,
        unit: t(`kpi.units.${displayUnit(f.key)}`),
        target: f.target,
        values: f.points.map((p) => symbol(p.value, t)),
        percent,
      });
      if (f.points.some((p) => p.num)) {
        for (const part of ["num", "den"] as const) {
          rows.push({
            ...base,
            name: `${name}: ${t(`kpi.panel.${part}`)}`,
            unit: "",
            target: null,
            values: f.points.map((p) => (p[part] ? symbol(p[part]!, t) : "")),
            percent: false,
          });
        }
      }
      for (const r of f.reasons ?? []) {
        rows.push({
          ...base,
          name: `${name}: ${t(`kpi.reasons.${r.code}`)}`,
          unit: t(`kpi.units.${displayUnit(f.key)}`),
          target: null,
          values: f.points.map((p, i) => (i === f.points.length - 1 ? symbol(r.value, t) : "")),
          percent: false,
        });
      }
    }
  }
  return rows;
}

function headerLines(board: Ready, t: T, locale: Locale): string[][] {
  const name = (list: { id: string; name: string }[], id: string) => list.find((x) => x.id === id)?.name ?? t("kpi.export.all");
  return [
    [t("kpi.export.title")],
    [t("kpi.export.period"), `${formatMonth(board.months[0]!, locale)} – ${formatMonth(board.month, locale)}`],
    [t("kpi.export.department"), name(board.options.departments, board.filter.departmentId)],
    [
      t("kpi.export.group"),
      board.filter.diagnosisGroup ? t(`cases.diagnosisGroup.${board.filter.diagnosisGroup as "MENTAL"}`) : t("kpi.export.all"),
    ],
    [t("kpi.export.programme"), name(board.options.programmes, board.filter.programmeId)],
    [t("kpi.export.computed"), `${formatDateTime(board.refreshedAt, locale)} (${formatDay(board.asOf, locale)})`],
  ];
}

/** A number as Danish (or English) spreadsheets read it: no thousands separator, decimal comma in Danish. */
function csvNumber(n: number, locale: Locale, decimals: number): string {
  const fixed = Number.isInteger(n) ? String(n) : n.toFixed(decimals);
  return locale === "da" ? fixed.replace(".", ",") : fixed;
}

/** The CSV file (UTF-8 with BOM, semicolon-separated, decimal comma in Danish). */
export function keyFiguresCsv(board: Ready, t: T, locale: Locale): string {
  const records: string[][] = [...headerLines(board, t, locale), []];
  records.push([t("kpi.summary.figure"), t("kpi.export.unit"), t("kpi.export.target"), ...board.months.map((m) => formatMonth(m, locale))]);
  for (const r of rowsOf(board, t)) {
    const decimals = figureUnit(r.key) === "days" || figureUnit(r.key) === "weeks" ? 1 : 0;
    const num = (v: number | string) => (typeof v === "number" ? csvNumber(v, locale, r.percent ? 1 : decimals) : v);
    records.push([`${r.group}: ${r.name}`, r.unit, r.target === null ? "" : num(r.target), ...r.values.map(num)]);
  }
  records.push([], [t("kpi.legend.small")], [t("kpi.legend.protected")], [t("kpi.legend.none")]);
  return stringify(records, { delimiter: ";", bom: true, record_delimiter: "windows" });
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (s: string) => s.replace(/[:\\/?*[\]]/g, " ").slice(0, 31);

/** The Excel workbook: a sheet per figure group with typed numeric cells, and "About the figures". */
export async function keyFiguresXlsx(board: Ready, t: T, locale: Locale): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Samspil";
  wb.created = board.refreshedAt;
  const rows = rowsOf(board, t);
  for (const g of FIGURE_GROUPS) {
    const ws = wb.addWorksheet(sheetName(t(`kpi.groups.${g}`)));
    ws.addRow([
      t("kpi.summary.figure"),
      t("kpi.export.unit"),
      t("kpi.export.target"),
      ...board.months.map((m) => formatMonth(m, locale)),
    ]).font = { bold: true };
    for (const r of rows.filter((x) => x.group === t(`kpi.groups.${g}`))) {
      const scale = (v: number) => (r.percent ? v / 100 : v);
      const row = ws.addRow([
        r.name,
        r.unit,
        r.target === null ? null : scale(r.target),
        ...r.values.map((v) => (typeof v === "number" ? scale(v) : v)),
      ]);
      const unit = figureUnit(r.key);
      const fmt = r.percent ? "0%" : unit === "days" || unit === "weeks" ? "0.0" : "0";
      row.eachCell((cell, col) => {
        if (col >= 3 && typeof cell.value === "number") cell.numFmt = fmt;
        if (col >= 3 && typeof cell.value === "string") cell.alignment = { horizontal: "right" };
      });
    }
    ws.getColumn(1).width = 60;
    ws.getColumn(2).width = 14;
    for (let c = 3; c <= board.months.length + 3; c++) ws.getColumn(c).width = 12;
    ws.views = [{ state: "frozen", xSplit: 1, ySplit: 1 }];
  }
  const about = wb.addWorksheet(sheetName(t("kpi.export.sheetAbout")));
  for (const line of headerLines(board, t, locale)) about.addRow(line);
  about.addRow([]);
  about.addRow([t("kpi.legend.small")]);
  about.addRow([t("kpi.legend.protected")]);
  about.addRow([t("kpi.legend.none")]);
  about.addRow([]);
  about.addRow([t("kpi.summary.figure"), t("kpi.export.definition")]).font = { bold: true };
  for (const f of board.figures) about.addRow([t(`kpi.figures.${f.key}.name`), t(`kpi.figures.${f.key}.definition`)]);
  about.getColumn(1).width = 55;
  about.getColumn(2).width = 120;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
