// Every field that a use case writes into the correction history of a record shown with the shared
// history table (case, citizen, follow-up, consent: app/(app)/cases/_components/HistoryTable.tsx)
// must have a translated label in Danish and English and a known kind of value, so that no entry
// shows a raw field name or an ISO date again (walk6, shot 92). The field names are read from the
// source of lib/domain (TypeScript AST), not listed by hand: a new field fails here until labelled.
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { files, walk, root } from "./architecture/source";
import { messages } from "@/lib/i18n/messages";
import { CITIZEN_FACT_FIELDS } from "@/lib/domain/citizens/citizen-values";
import { HISTORY_FIELD_KINDS } from "@/app/(app)/cases/_components/history-fields";
import { fieldLabel, historyValueText } from "@/app/(app)/cases/_components/HistoryTable";
import { translatorFor } from "@/lib/i18n/server";
import type { HistoryEntry } from "@/lib/domain/history/types";

/** The areas whose records the shared history table shows (get-case-timeline, citizen page, consent panel). */
const AREAS = ["cases", "citizens", "followups", "consents"];

const nameOf = (n: ts.PropertyName | ts.Expression): string | null => (ts.isIdentifier(n) || ts.isStringLiteral(n) ? n.text : null);

const calleeName = (c: ts.CallExpression): string | null =>
  ts.isIdentifier(c.expression) ? c.expression.text : ts.isPropertyAccessExpression(c.expression) ? c.expression.name.text : null;

const isFromTo = (e: ts.Expression | undefined): boolean =>
  !!e &&
  ts.isObjectLiteralExpression(e) &&
  e.properties.length === 2 &&
  e.properties.every((p) => ts.isPropertyAssignment(p) && ["from", "to"].includes(nameOf(p.name) ?? ""));

function keysOf(o: ts.ObjectLiteralExpression, out: Set<string>): void {
  for (const p of o.properties) {
    if ((ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && nameOf(p.name)) out.add(nameOf(p.name)!);
  }
}

/** Field names written into history `changes` by the files of `AREAS` (and the helpers they call). */
function historyFieldsInSource(): Set<string> {
  const out = new Set<string>(CITIZEN_FACT_FIELDS);
  const sources = AREAS.flatMap((a) => files(path.join("lib/domain", a)));
  for (const f of sources) {
    walk(f, (n) => {
      // { field: { from, to } } and changes.field = { from, to }
      if (ts.isPropertyAssignment(n) && isFromTo(n.initializer) && nameOf(n.name)) out.add(nameOf(n.name)!);
      if (ts.isBinaryExpression(n) && ts.isPropertyAccessExpression(n.left) && isFromTo(n.right)) out.add(n.left.name.text);
      if (ts.isCallExpression(n)) {
        const callee = calleeName(n);
        // creationValues({...}), diffValues({...}, {...}), ctx.history.created(type, id, {...})
        const historyCreated = callee === "created" && n.expression.getText().endsWith("history.created");
        if (callee === "creationValues" || callee === "diffValues" || historyCreated)
          for (const a of n.arguments) if (ts.isObjectLiteralExpression(a)) keysOf(a, out);
        // addCaseFact(ctx, c, version, { values: {...} })
        if (callee === "addCaseFact")
          for (const a of n.arguments)
            if (ts.isObjectLiteralExpression(a))
              for (const p of a.properties)
                if (ts.isPropertyAssignment(p) && nameOf(p.name) === "values" && ts.isObjectLiteralExpression(p.initializer))
                  keysOf(p.initializer, out);
      }
      // helpers named *HistoryValues: the keys of the object they build
      if (ts.isFunctionDeclaration(n) && n.name?.text.endsWith("HistoryValues")) {
        const inner = (m: ts.Node) => {
          if (ts.isReturnStatement(m) && m.expression && ts.isObjectLiteralExpression(m.expression)) keysOf(m.expression, out);
          if (ts.isBinaryExpression(m) && m.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(m.left))
            out.add(m.left.name.text);
          ts.forEachChild(m, inner);
        };
        inner(n);
      }
    });
  }
  return out;
}

describe("history field labels", () => {
  const fields = historyFieldsInSource();

  it("finds the fields of the walk6 report in the source (the scan is not empty)", () => {
    for (const f of [
      "visitationCategory",
      "visitedOn",
      "note",
      "doctorCertificateReceivedOn",
      "doctorCertificateRequestedOn",
      "status",
      "cpr",
    ])
      expect([...fields], f).toContain(f);
    expect(root).toBeTruthy();
  });

  it("has a label in Danish and English and a kind for every field a use case writes into history", () => {
    const da = messages.da.cases.history.fields as Record<string, string>;
    const en = messages.en.cases.history.fields as Record<string, string>;
    const missing = [...fields].filter((f) => !da[f] || !en[f] || !(f in HISTORY_FIELD_KINDS));
    expect(missing, "fields without label (cases.history.fields.*) or kind (history-fields.ts)").toEqual([]);
  });

  it("shows every field whose name says it is a day or a time as a date", () => {
    const wrong = [...fields].filter((f) => /(On|Day|Until|From)$/.test(f) && HISTORY_FIELD_KINDS[f]?.kind !== "day");
    expect(wrong).toEqual([]);
  });

  it("shows the walk6 entry (category and certificate) with labels, dd.mm.yyyy days and translated categories", () => {
    const entry: HistoryEntry = {
      id: "h",
      recordType: "SickLeaveCase",
      recordId: "c",
      version: 3,
      action: "VISITATION",
      changes: {},
      reason: null,
      changedAt: new Date(),
      changedByName: "x",
    };
    for (const [locale, category, visited, day30, day3] of [
      ["da", "Kategori 2", "Visiteret den", "30.11.2026", "03.11.2026"],
      ["en", "Category 2", "Category set on", "30/11/2026", "03/11/2026"],
    ] as const) {
      const t = translatorFor(locale);
      expect(fieldLabel(t, "visitedOn")).toBe(visited);
      expect(historyValueText(t, locale, entry, "visitedOn", "2026-11-30")).toBe(day30);
      expect(historyValueText(t, locale, entry, "doctorCertificateReceivedOn", "2026-11-03")).toBe(day3);
      expect(historyValueText(t, locale, entry, "visitationCategory", 2)).toBe(category);
      for (const f of fields) expect(fieldLabel(t, f), f).not.toBe(f);
    }
  });
});
