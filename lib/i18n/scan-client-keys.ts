// Which translation keys one source file gives the browser (issue 10, ADR 0020, ADR 0026). Node-only:
// used by lib/i18n/scan-route-keys.ts (the per-route walk behind `npm run i18n:client-keys`) and by
// tests/unit/client-messages.test.ts, never by the app. The rules, applied per file by the route walk:
//   1. a file that calls `useTranslations()`: its `t(…)` keys — a literal "a.b.c" (that key) or a
//      template `a.b.${x}` (the whole subtree a.b) — plus every other key literal or template subtree
//      written in it (a key kept in state and shown later, e.g. setError("auth.failed") → t(error))
//      (`scanClientSource`);
//   2. keys that server files hand to client components as data (a key literal or template subtree
//      that is not the argument of a server-side t(…), e.g. the login page's `auth.ssoErrors.${code}`)
//      (`scanKeysHandedOn`);
//   3. keys that arrive in a server action's result and are shown by key: every key literal of the
//      action's transitive imports (`scanServerSource`), plus the whole `errors` namespace (ALWAYS_CLIENT).

/** A key path (leaf) or a subtree path; the client gets everything under it. */
export type KeyPath = string;

/** The namespaces the browser always gets whole (form and action errors are shown by key). */
export const ALWAYS_CLIENT: readonly KeyPath[] = ["errors"];

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
 * A literal counts only when it names a message: one that names a subtree is a capability or
 * record-type name that happens to match (e.g. the capability "audit.report"), and a namespace
 * reaches a client component only through its own useTranslations("…") call (rule 1).
 */
export function scanKeysHandedOn(text: string, catalogue: unknown): KeyPath[] {
  const keys: KeyPath[] = [];
  const before = (i: number) => text.slice(Math.max(0, i - 12), i);
  for (const m of text.matchAll(KEY_LITERAL))
    if (!SERVER_T_CALL.test(before(m.index!)) && typeof lookup(catalogue, m[2]!) === "string") keys.push(m[2]!);
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
