import { describe, expect, it } from "vitest";
import { toExcelCsv } from "@/lib/audit/report-csv";

describe("CSV for Excel", () => {
  const csv = toExcelCsv(
    ["Tidspunkt", "Medarbejder", "Formål"],
    [
      ["2026-11-29 10:00", "Åse Ørsted", "Opfølgning; plan"],
      ["2026-11-29 11:00", '=HYPERLINK("http://x")', "+45 20 30"],
      ["2026-11-29 12:00", "-1+2", "@SUM(A1)"],
      ["2026-11-29 13:00", "\t=1", "\r=2"],
      ["2026-11-29 14:00", 'Anne "Bo" Hansen', "linje 1\nlinje 2"],
    ],
  );

  it("starts with the UTF-8 byte-order mark and separates cells with ';' and lines with CRLF", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("Tidspunkt;Medarbejder;Formål");
    expect(lines[1]).toBe('2026-11-29 10:00;Åse Ørsted;"Opfølgning; plan"');
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("neutralises cells that start with = + - @, a tab or a carriage return", () => {
    const lines = csv.slice(1).split("\r\n");
    expect(lines[2]).toBe(`2026-11-29 11:00;"'=HYPERLINK(""http://x"")";'+45 20 30`);
    expect(lines[3]).toBe("2026-11-29 12:00;'-1+2;'@SUM(A1)");
    expect(csv).toContain(`\r\n2026-11-29 13:00;'\t=1;"'\r=2"\r\n`);
  });

  it("quotes quotes and line breaks inside cells", () => {
    expect(csv).toContain('"Anne ""Bo"" Hansen";"linje 1\nlinje 2"');
  });
});
