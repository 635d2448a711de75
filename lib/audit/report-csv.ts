// CSV for Excel (issue 9): UTF-8 with a byte-order mark (so Excel reads æ, ø, å), ";" between
// cells (Excel's separator where the decimal comma is used, as in Denmark), CRLF line ends, and
// every cell that starts with = + - @ (or a tab or carriage return) prefixed with ' so that a
// spreadsheet shows it as text instead of running it as a formula (CSV injection). Written by
// csv-stringify, not by hand.
import { stringify } from "csv-stringify/sync";

/** The CSV text (with BOM) of a header row and data rows of cell texts. */
export function toExcelCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([header, ...rows] as string[][], {
    bom: true,
    delimiter: ";",
    record_delimiter: "windows",
    escape_formulas: true,
    // With CRLF records csv-stringify quotes only cells containing "\r\n"; a lone line break must be quoted too.
    quoted_match: /[\r\n]/,
  });
}
