// Reading the source tree for the architecture tests: the files of a folder, their imports
// (resolved to files of this repository), and small TypeScript-AST helpers. Text only; nothing runs.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export const root = path.resolve(__dirname, "../../..");

/** Path relative to the repository root, with forward slashes. */
export const rel = (p: string) => path.relative(root, p).split(path.sep).join("/");

/** Source files (.ts/.tsx) below `dir`, without node_modules, generated code and build output. */
export function files(dir: string, exts = [".ts", ".tsx"]): string[] {
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

const textCache = new Map<string, string>();
export function text(file: string): string {
  let t = textCache.get(file);
  if (t === undefined) textCache.set(file, (t = fs.readFileSync(file, "utf8")));
  return t;
}

const astCache = new Map<string, ts.SourceFile>();
export function ast(file: string): ts.SourceFile {
  let a = astCache.get(file);
  if (!a) {
    a = ts.createSourceFile(file, text(file), ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    astCache.set(file, a);
  }
  return a;
}

/** Calls `fn` for every node of the file. */
export function walk(file: string, fn: (node: ts.Node) => void): void {
  const visit = (node: ts.Node) => {
    fn(node);
    ts.forEachChild(node, visit);
  };
  visit(ast(file));
}

/** The file's directive prologue says "use client" / "use server". */
export function hasDirective(file: string, directive: "use client" | "use server"): boolean {
  for (const s of ast(file).statements) {
    if (!ts.isExpressionStatement(s) || !ts.isStringLiteral(s.expression)) return false;
    if (s.expression.text === directive) return true;
  }
  return false;
}

export type Import = { specifier: string; line: number };

/** The module specifiers a file imports or re-exports at run time (type-only imports are left out). */
export function runtimeImports(file: string): Import[] {
  const out: Import[] = [];
  const line = (n: ts.Node) => ast(file).getLineAndCharacterOfPosition(n.getStart()).line + 1;
  for (const s of ast(file).statements) {
    if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier)) {
      const clause = s.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause &&
        !clause.name &&
        named &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly);
      if (onlyTypes) continue;
      out.push({ specifier: s.moduleSpecifier.text, line: line(s) });
    } else if (ts.isExportDeclaration(s) && s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier) && !s.isTypeOnly) {
      out.push({ specifier: s.moduleSpecifier.text, line: line(s) });
    }
  }
  return out;
}

/** Every module specifier a file names in an import or export, type-only ones included. */
export function allImports(file: string): Import[] {
  const out: Import[] = [];
  for (const s of ast(file).statements) {
    const spec = (ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) && s.moduleSpecifier;
    if (spec && ts.isStringLiteral(spec))
      out.push({ specifier: spec.text, line: ast(file).getLineAndCharacterOfPosition(s.getStart()).line + 1 });
  }
  return out;
}

/** A specifier resolved to a file of this repository (`@/` is the root), or null for a package. */
export function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Number of lines of a file (a trailing newline does not start a line). */
export function lineCount(file: string): number {
  const t = text(file);
  return t.length === 0 ? 0 : t.replace(/\n$/, "").split("\n").length;
}

/** "file:line" of a node. */
export function where(file: string, node: ts.Node): string {
  return `${rel(file)}:${ast(file).getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
}

/** The name of a property key (identifier or string literal), if it has a plain one. */
export function propName(name: ts.PropertyName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return undefined;
}
