// Per-route translation subsets (issue 10, ADR 0026). Node-only, like scan-client-keys.ts: used by
// `npm run i18n:client-keys` and the unit tests, never by the app. From each page.tsx (and from the
// layouts and their error / not-found / loading files) it follows the import graph (`@/` alias,
// relative imports, index files, re-exports, dynamic imports; `import type` is skipped) and collects:
//   1. for every file that calls useTranslations(): its t("…") keys and every key literal in it
//      (scanClientSource + scanServerSource, rule 1 of scan-client-keys.ts);
//   2. for every other reachable file in app/, components/ or lib/ (server or client): the key
//      literals and template subtrees it does not translate itself (scanKeysHandedOn, rule 2) —
//      they may reach a client component as data (an over-approximation: never miss a key);
//   3. for every server action file reached (app/**/actions.ts or "use server"): every key literal of
//      the files it imports, transitively (rule 3: rule codes, validation messages, result messages);
//   plus the whole `errors` namespace (ALWAYS_CLIENT) whenever a reachable file calls useTranslations().
// lib/i18n is not followed (the catalogue itself is not a use of keys).
import fs from "node:fs";
import path from "node:path";
import { ALWAYS_CLIENT, minimisePaths, scanClientSource, scanKeysHandedOn, scanServerSource, type KeyPath } from "./scan-client-keys";

const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];
const IMPORT = /(?:^|[\n;])\s*(import|export)\s+(type\s+)?(?:[\w*{}\s,$]*?\s+from\s+)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** The specifiers a source text imports at run time (type-only imports left out). */
export function importSpecifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    if (m[4]) out.push(m[4]);
    else if (!m[2]) out.push(m[3]!);
  }
  return out;
}

/** The project file an import specifier names (relative to `root`), or null for a package / a non-TS file. */
export function resolveImport(root: string, fromRel: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = spec.slice(2);
  else if (spec.startsWith(".")) base = path.posix.join(path.posix.dirname(fromRel), spec);
  else return null;
  for (const ext of EXTENSIONS) {
    const rel = base + ext;
    if (/\.(ts|tsx)$/.test(rel) && fs.existsSync(path.join(root, rel)) && fs.statSync(path.join(root, rel)).isFile()) return rel;
  }
  return null;
}

const isActionFile = (rel: string, text: string) =>
  /^app\/.*\/actions\.tsx?$/.test(rel) || /^\s*["']use server["']/m.test(text.slice(0, 400));
const usesTranslations = (text: string) => /\buseTranslations\(/.test(text);
const skipped = (rel: string) => rel.startsWith("lib/i18n/") || /\.test\.tsx?$/.test(rel);

/** A cached reader of the project's files: text and resolved run-time imports. */
export class SourceGraph {
  private files = new Map<string, { text: string; imports: string[] }>();
  constructor(
    readonly root: string,
    readonly catalogue: unknown,
  ) {}

  file(rel: string): { text: string; imports: string[] } {
    let f = this.files.get(rel);
    if (!f) {
      const text = fs.readFileSync(path.join(this.root, rel), "utf8");
      const imports = importSpecifiers(text)
        .map((s) => resolveImport(this.root, rel, s))
        .filter((r): r is string => r !== null && !skipped(r));
      f = { text, imports };
      this.files.set(rel, f);
    }
    return f;
  }

  /** Every file reachable from `entries` (entries included), in visiting order. */
  reachable(entries: readonly string[]): string[] {
    const seen = new Set<string>();
    const stack = [...entries];
    while (stack.length) {
      const rel = stack.pop()!;
      if (seen.has(rel)) continue;
      seen.add(rel);
      stack.push(...this.file(rel).imports);
    }
    return [...seen];
  }

  /** The key paths (minimised) the browser may need for the client components reachable from `entries`. */
  keysFrom(entries: readonly string[]): { paths: KeyPath[]; clientFiles: string[]; problems: string[] } {
    const files = this.reachable(entries);
    const found: KeyPath[] = [];
    const clientFiles: string[] = [];
    const problems: string[] = [];
    const actionClosure = new Set<string>();
    for (const rel of files) {
      const { text } = this.file(rel);
      if (usesTranslations(text)) {
        clientFiles.push(rel);
        const r = scanClientSource(text, this.catalogue, rel);
        found.push(...r.keys, ...scanServerSource(text, this.catalogue));
        problems.push(...r.problems);
      } else found.push(...scanKeysHandedOn(text, this.catalogue));
      if (isActionFile(rel, text)) for (const a of this.reachable([rel])) actionClosure.add(a);
    }
    for (const rel of actionClosure) found.push(...scanServerSource(this.file(rel).text, this.catalogue));
    if (clientFiles.length === 0) return { paths: [], clientFiles, problems };
    return { paths: minimisePaths([...ALWAYS_CLIENT, ...found]), clientFiles, problems };
  }
}

function listFiles(root: string, dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) listFiles(root, rel, out);
    else out.push(rel);
  }
  return out;
}

const SEGMENT_FILES = /\/(layout|error|global-error|not-found|loading|template|default)\.tsx$/;

/** The URL pattern of an app/ page file: route groups dropped, e.g. app/(app)/cases/[caseId]/page.tsx → "/cases/[caseId]". */
export function routeOfPage(rel: string): string {
  const segments = path.posix
    .dirname(rel)
    .split("/")
    .slice(1)
    .filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

/** Every page.tsx under app/ (relative to `root`, sorted). */
export function pageFiles(root: string): string[] {
  return listFiles(root, "app")
    .filter((f) => f.endsWith("/page.tsx"))
    .sort();
}

export type RouteKeys = { layout: KeyPath[]; routes: Record<string, KeyPath[]> };

/**
 * The per-route key lists of the project at `root`: `layout` for the root provider (every layout,
 * error, not-found, loading … file under app/), `routes` for each page's own provider, keyed by
 * routeOfPage. `problems` lists what the scan cannot follow (see scanClientSource).
 */
export function scanRoutes(root: string, catalogue: unknown): RouteKeys & { problems: string[]; graph: SourceGraph } {
  const graph = new SourceGraph(root, catalogue);
  const all = listFiles(root, "app");
  const layout = graph.keysFrom(all.filter((f) => SEGMENT_FILES.test(f)).sort());
  const problems = [...layout.problems];
  const routes: Record<string, KeyPath[]> = {};
  for (const page of pageFiles(root)) {
    const r = graph.keysFrom([page]);
    routes[routeOfPage(page)] = r.paths;
    problems.push(...r.problems);
  }
  return { layout: layout.paths, routes, problems: [...new Set(problems)].sort(), graph };
}
