// Which translation messages the browser needs (issue 10, ADR 0020). Node-only: used by
// `npm run i18n:client-keys` (writes lib/i18n/client-keys.json) and by tests/unit/client-messages.test.ts,
// never by the app. Two sources of keys reach a client component's `t(...)`:
//   1. keys written in a file that calls `useTranslations()`: a literal "a.b.c" (that key) or a
//      template `a.b.${x}` (the whole subtree a.b);
//      plus every other key literal or template subtree written in that file (a key kept in state and
//      shown later, e.g. setError("auth.failed") → t(error));
//   2. keys that server pages and components hand to client components as data (a key literal or
//      template subtree in app/ or components/ that is not the argument of a server-side t(…),
//      e.g. the login page's `auth.ssoErrors.${code}` passed as initialError);
//   3. keys that arrive in a server action's result and are shown as `t(error)` / `t(message)`: the
//      whole `errors` namespace and every key literal (or template subtree) in ACTION_RESULT_SOURCES
//      (app/**/actions.ts, lib/{actions,validation,domain,import,auth}) — rule codes, success messages, import errors.
import fs from "node:fs";
import path from "node:path";

/** A key path (leaf) or a subtree path; the client gets everything under it. */
export type KeyPath = string;

/** The namespaces the browser always gets whole (form and action errors are shown by key). */
export const ALWAYS_CLIENT: readonly KeyPath[] = ["errors"];

const SOURCE = /\.(ts|tsx)$/;
/** Where the keys in server-action results come from: actions, validation messages, domain rule codes, import checks, sign-in. */
export const ACTION_RESULT_SOURCES = /^(app\/.*\/actions\.tsx?|lib\/(actions|validation|domain|import|auth)\/(?!.*\.test\.tsx?$).*)$/;
const SKIP_DIRS = new Set(["node_modules", ".next", "generated", "messages", ".git", ".tmp"]);

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(path.join(dir, e.name), out);
    } else if (SOURCE.test(e.name)) out.push(path.join(dir, e.name));
  }
  return out;
}

/** The value at `key` in the catalogue (a string, a subtree object) or undefined. */
export function lookup(catalogue: unknown, key: string): unknown {
  let node: unknown = catalogue;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object" || !(part in node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** The static part of a template literal up to its first `${`, cut at the last dot: `a.b.${x}` → "a.b". */
function templatePrefix(body: string): string | null {
  const head = body.split("${")[0]!;
  const cut = head.lastIndexOf(".");
  return cut > 0 ? head.slice(0, cut) : null;
}

export type ClientFileScan = { keys: KeyPath[]; problems: string[] };

/**
 * Keys used by one client source text (a file calling `useTranslations()`). `problems` lists what the
 * scan cannot see through: a namespaced `useTranslations("ns")`, `t` handed to another function or
 * component, a literal or template key that is not in the catalogue.
 */
export function scanClientSource(text: string, catalogue: unknown, name = "source"): ClientFileScan {
  const keys: KeyPath[] = [];
  const problems: string[] = [];
  if (/useTranslations\(\s*[^)\s]/.test(text))
    problems.push(`${name}: useTranslations("…") with a namespace is not scanned; call useTranslations()`);
  if (/\bt=\{t\}|[(,]\s*t\s*[,)]/.test(text)) problems.push(`${name}: passes t on; the keys used there are not scanned`);
  for (const m of text.matchAll(/\bt(?:\.has)?\(\s*("([^"\\]*)"|'([^'\\]*)'|`([^`\\]*)`)/g)) {
    const literal = m[2] ?? m[3] ?? (m[4] !== undefined && !m[4].includes("${") ? m[4] : undefined);
    if (literal !== undefined) {
      if (typeof lookup(catalogue, literal) !== "string") problems.push(`${name}: t("${literal}") is not a message`);
      keys.push(literal);
      continue;
    }
    const prefix = templatePrefix(m[4]!);
    if (!prefix || typeof lookup(catalogue, prefix) !== "object") problems.push(`${name}: t(\`${m[4]}\`) has no known namespace prefix`);
    else keys.push(prefix);
  }
  return { keys, problems };
}

const KEY_LITERAL = /(["'`])([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)+)\1/g;
const KEY_TEMPLATE = /`([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)*)\.\$\{/g;

/** Key literals and template subtrees in server-action/domain code that exist in the catalogue. */
export function scanServerSource(text: string, catalogue: unknown): KeyPath[] {
  const keys: KeyPath[] = [];
  for (const m of text.matchAll(KEY_LITERAL)) if (lookup(catalogue, m[2]!) !== undefined) keys.push(m[2]!);
  for (const m of text.matchAll(KEY_TEMPLATE)) if (typeof lookup(catalogue, m[1]!) === "object") keys.push(m[1]!);
  return keys;
}

/** `t(` or `t.has(` right before a position: the key there is translated on the server, not handed on. */
const SERVER_T_CALL = /\bt(?:\.has)?\(\s*$/;

/**
 * Keys a server page or component hands on as data (scanServerSource's keys that are not the first
 * argument of a `t(…)` call): they may reach a client component as a prop and be translated there.
 */
export function scanKeysHandedOn(text: string, catalogue: unknown): KeyPath[] {
  const keys: KeyPath[] = [];
  const before = (i: number) => text.slice(Math.max(0, i - 12), i);
  for (const m of text.matchAll(KEY_LITERAL))
    if (!SERVER_T_CALL.test(before(m.index!)) && lookup(catalogue, m[2]!) !== undefined) keys.push(m[2]!);
  for (const m of text.matchAll(KEY_TEMPLATE))
    if (!SERVER_T_CALL.test(before(m.index!)) && typeof lookup(catalogue, m[1]!) === "object") keys.push(m[1]!);
  return keys;
}

/** Drops paths covered by a shorter path (a subtree already included) and sorts. */
export function minimisePaths(paths: Iterable<KeyPath>): KeyPath[] {
  const sorted = [...new Set(paths)].sort();
  const out: KeyPath[] = [];
  for (const p of sorted) if (!out.some((q) => p === q || p.startsWith(`${q}.`))) out.push(p);
  return out;
}

/** Scans the project at `root`: the client key paths (minimised) and the problems found. */
export function scanProject(root: string, catalogue: unknown): { paths: KeyPath[]; problems: string[]; clientFiles: string[] } {
  const files = ["app", "components", "lib"].flatMap((d) => walk(path.join(root, d)));
  const found: KeyPath[] = [...ALWAYS_CLIENT];
  const problems: string[] = [];
  const clientFiles: string[] = [];
  for (const file of files) {
    const rel = path.relative(root, file);
    if (rel.startsWith(path.join("lib", "i18n"))) continue;
    const text = fs.readFileSync(file, "utf8");
    if (/\buseTranslations\(/.test(text)) {
      clientFiles.push(rel);
      const r = scanClientSource(text, catalogue, rel);
      found.push(...r.keys, ...scanServerSource(text, catalogue));
      problems.push(...r.problems);
    } else if (ACTION_RESULT_SOURCES.test(rel.split(path.sep).join("/"))) {
      found.push(...scanServerSource(text, catalogue));
    } else if (/^(app|components)\//.test(rel.split(path.sep).join("/"))) {
      found.push(...scanKeysHandedOn(text, catalogue));
    }
  }
  return { paths: minimisePaths(found), problems, clientFiles };
}
