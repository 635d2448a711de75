// Reading the CSV of users for bulk onboarding (issue 13) with csv-parse (a maintained parser): the
// header names the columns (Danish or English), the delimiter is what the header line uses (";" from
// Danish Excel, or ","), quoted fields may hold delimiters and line breaks, a UTF-8 BOM is ignored.
// Pure: turns text into rows of strings, and values people write into the stored vocabulary.
import { parse } from "csv-parse/sync";
import type { Role, SignInMethod } from "@/lib/db/generated/client";
import { IMPORT_COLUMNS, IMPORT_MAX_ROWS, type ImportColumn } from "@/lib/validation/admin";

export { IMPORT_COLUMNS, type ImportColumn };
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ["name", "email", "role"];

/** Header names people use for each column (compared lower-case, without spaces, dashes and underscores). */
const HEADER_ALIASES: Record<ImportColumn, string[]> = {
  name: ["navn", "name", "fuldtnavn", "fullname"],
  email: ["email", "mail", "emailadresse"],
  role: ["rolle", "role"],
  department: ["afdeling", "department"],
  tags: ["kompetencer", "kompetencetags", "tags", "competences", "competencetags"],
  signIn: ["login", "logind", "loginmetode", "signin", "signinmethod"],
};

const squash = (s: string) =>
  s
    .normalize("NFC")
    .trim()
    .toLocaleLowerCase("da")
    .replace(/[\s_-]+/g, "");

export type CsvRow = { line: number; values: Record<ImportColumn, string> };
export type CsvRead = { ok: true; rows: CsvRow[] } | { ok: false; error: string; missing?: ImportColumn[] };

/**
 * Parses the CSV text into rows keyed by column.
 * @returns the rows (line = the line number in the file, header = 1), or why the file cannot be read:
 *   "admin.import.errors.unreadable" | "…missingColumns" (with `missing`) | "…noRows" | "…tooManyRows".
 */
export function readUserCsv(text: string): CsvRead {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: { record: string[]; line: number }[];
  try {
    records = (
      parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, info: true }) as unknown as {
        record: string[];
        info: { lines: number };
      }[]
    ).map((r) => ({ record: r.record, line: r.info.lines }));
  } catch {
    return { ok: false, error: "admin.import.errors.unreadable" };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, error: "admin.import.errors.noRows" };
  const index = new Map<ImportColumn, number>();
  header.record.forEach((h, i) => {
    const col = IMPORT_COLUMNS.find((c) => HEADER_ALIASES[c].includes(squash(h)));
    if (col && !index.has(col)) index.set(col, i);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !index.has(c));
  if (missing.length) return { ok: false, error: "admin.import.errors.missingColumns", missing };
  const rows = body.filter((r) => r.record.some((v) => v.trim() !== ""));
  if (rows.length === 0) return { ok: false, error: "admin.import.errors.noRows" };
  if (rows.length > IMPORT_MAX_ROWS) return { ok: false, error: "admin.import.errors.tooManyRows" };
  return {
    ok: true,
    rows: rows.map((r) => ({
      line: r.line,
      values: Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, index.has(c) ? (r.record[index.get(c)!] ?? "").trim() : ""])) as Record<
        ImportColumn,
        string
      >,
    })),
  };
}

const ROLE_ALIASES: Record<string, Role> = {
  caseworker: "CASEWORKER",
  sagsbehandler: "CASEWORKER",
  therapist: "THERAPIST",
  terapeut: "THERAPIST",
  fysioterapeut: "THERAPIST",
  ergoterapeut: "THERAPIST",
  visitator: "VISITATOR",
  coordinator: "COORDINATOR",
  tovholder: "COORDINATOR",
  koordinator: "COORDINATOR",
  manager: "MANAGER",
  leder: "MANAGER",
  admin: "ADMIN",
  administrator: "ADMIN",
};

/** "Terapeut", "THERAPIST" or "therapist" → THERAPIST; anything else → the text unchanged (the schema then refuses it). */
export function roleFromCsv(value: string): string {
  return ROLE_ALIASES[squash(value)] ?? value;
}

const SIGN_IN_ALIASES: Record<string, SignInMethod> = {
  password: "PASSWORD",
  adgangskode: "PASSWORD",
  kodeord: "PASSWORD",
  sso: "SSO",
  both: "BOTH",
  begge: "BOTH",
  beggedele: "BOTH",
};

/** Empty → PASSWORD (the default); "begge", "SSO", "adgangskode"… → the method; anything else unchanged. */
export function signInFromCsv(value: string): string {
  if (value.trim() === "") return "PASSWORD";
  return SIGN_IN_ALIASES[squash(value)] ?? value;
}

/** A tags cell ("Ryg, Knæ" or "back;knee") → the separate entries as written. */
export function tagEntries(value: string): string[] {
  return value
    .split(/[,;|/]/)
    .map((t) => t.trim())
    .filter(Boolean);
}

/** Compares a value people typed with a name (department, tag label): case- and spacing-insensitive. */
export const sameName = (a: string, b: string) => squash(a) === squash(b);
