// House rules that a linter would otherwise enforce: no database access from app/ or
// components/ (everything goes through lib/domain), configuration only from lib/env.ts, and
// no hard-coded user-facing text in JSX outside the translation files.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

function files(dir: string, exts = [".ts", ".tsx"]): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!["node_modules", "generated", ".next"].includes(e.name)) walk(p);
      } else if (exts.some((x) => e.name.endsWith(x))) out.push(p);
    }
  };
  walk(path.join(root, dir));
  return out;
}

const rel = (p: string) => path.relative(root, p);

describe("architecture boundaries", () => {
  it("app/ and components/ never import the database client or Prisma", () => {
    const offenders = [...files("app"), ...files("components")].filter((f) =>
      /from\s+["'](@\/lib\/db\/|@prisma\/client|\.\.?\/.*lib\/db\/)/.test(fs.readFileSync(f, "utf8")),
    );
    expect(offenders.map(rel)).toEqual([]);
  });

  it("process.env is read only in lib/env.ts (and the proxy's NODE_ENV check)", () => {
    const offenders = [...files("app"), ...files("components"), ...files("lib")]
      .filter((f) => !f.endsWith(path.join("lib", "env.ts")))
      .filter((f) => /process\.env/.test(fs.readFileSync(f, "utf8")));
    expect(offenders.map(rel)).toEqual([]);
  });

  it("JSX has no hard-coded text: every visible string comes from the translations", () => {
    const offenders: string[] = [];
    for (const f of [...files("app", [".tsx"]), ...files("components", [".tsx"])]) {
      const src = ts.createSourceFile(f, fs.readFileSync(f, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      const visit = (node: ts.Node) => {
        if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) offenders.push(`${rel(f)}: "${node.text.trim()}"`);
        // Literal strings in attributes people read: labels, titles, placeholders, alt texts.
        if (
          ts.isJsxAttribute(node) &&
          ["aria-label", "title", "placeholder", "alt", "label"].includes(node.name.getText()) &&
          node.initializer &&
          ts.isStringLiteral(node.initializer) &&
          /\p{L}/u.test(node.initializer.text)
        ) {
          offenders.push(`${rel(f)}: ${node.name.getText()}="${node.initializer.text}"`);
        }
        ts.forEachChild(node, visit);
      };
      visit(src);
    }
    expect(offenders).toEqual([]);
  });
});
