// Every kind of record the use cases write to the access log has a plain-language name in the
// citizen's access report (a row must never read "Other data (ConsentList)").
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { audit as da } from "@/lib/i18n/messages/da/audit";
import { audit as en } from "@/lib/i18n/messages/en/audit";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** `recordType: "X"` and `viewedList("X", …)` (logged as "XList" when the list is empty) in lib/domain. */
function loggedRecordTypes(): Set<string> {
  const types = new Set<string>();
  for (const f of sourceFiles(path.resolve(__dirname, "../../lib/domain"))) {
    const text = fs.readFileSync(f, "utf8");
    for (const m of text.matchAll(/recordType: "([A-Za-z]+)"/g)) types.add(m[1]!);
    for (const m of text.matchAll(/viewedList\(\s*"([A-Za-z]+)"/g)) types.add(m[1]!).add(`${m[1]}List`);
  }
  return types;
}

describe("access-log record types", () => {
  const types = loggedRecordTypes();
  it("finds the record types the use cases log", () => {
    expect(types.has("SickLeaveCase") && types.has("ConsentList")).toBe(true);
  });
  it("each has a Danish and an English name in the access report", () => {
    const missing = [...types].filter((t) => !Object.hasOwn(da.recordTypes, t) || !Object.hasOwn(en.recordTypes, t));
    expect(missing).toEqual([]);
  });
});
