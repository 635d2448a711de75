// The Next build formats precompiled messages (use-intl's format-only formatter, ADR 0030); tests and
// scripts format the ICU text. Every message of both catalogues must compile and read the same both
// ways: each select with each of its options, each plural with several counts, numbers and texts.
import { describe, expect, it } from "vitest";
import formatOnly from "use-intl/format-message/format-only";
import { _createCache, _createIntlFormatters, createTranslator } from "use-intl/core";
import { compileTree, PRECOMPILED } from "@/lib/i18n/compiled";
import { locales, messages } from "@/lib/i18n/messages";
import { DANISH_TIME_ZONE } from "@/lib/time-zone";

type Tree = { [key: string]: unknown };

/** [dotted key, compiled message] of every message (a compiled message is a string, an array or a number). */
function leaves(tree: Tree, prefix = ""): [string, unknown][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? leaves(v as Tree, `${prefix}${k}.`)
      : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

/** Argument name → kind ("select" with its options, "plural", "number", "text") from a compiled message. */
function argsOf(node: unknown, out: Map<string, { kind: string; options?: string[] }>) {
  if (!Array.isArray(node)) return out;
  const [name, type, opts] = node as [unknown, unknown, unknown];
  if (typeof name === "string" && node.length === 1) out.set(name, out.get(name) ?? { kind: "text" });
  else if (typeof name === "string" && (type === 1 || type === 2 || type === 3) && opts && typeof opts === "object") {
    out.set(name, type === 1 ? { kind: "select", options: Object.keys(opts) } : { kind: "plural" });
    for (const o of Object.values(opts)) argsOf(o, out);
    return out;
  } else if (typeof name === "string" && type === 4) out.set(name, { kind: "number" });
  for (const child of node) if (Array.isArray(child)) argsOf(child, out);
  return out;
}

/** Objects without Object.prototype (React refuses to pass them to client components). */
function nonPlain(v: unknown, path = ""): string[] {
  if (v === null || typeof v !== "object") return [];
  if (!Array.isArray(v) && Object.getPrototypeOf(v) !== Object.prototype) return [path];
  return Object.entries(v).flatMap(([k, c]) => nonPlain(c, `${path}.${k}`));
}

const COUNTS = [0, 1, 2, 5, 21, 1234.5];

describe("precompiled messages (ADR 0030)", () => {
  it("outside the Next build, use-intl parses ICU text (the catalogues stay as written)", () => {
    expect(PRECOMPILED).toBe(false);
  });

  for (const locale of locales) {
    it(`every ${locale} message compiles and formats as the ICU text does`, () => {
      const raw = messages[locale] as unknown as Tree;
      const compiled = compileTree(raw);
      expect(nonPlain(compiled)).toEqual([]);
      const t = createTranslator({ locale, messages: raw, timeZone: DANISH_TIME_ZONE });
      const cache = _createCache();
      const formatters = _createIntlFormatters(cache);
      let checked = 0;
      let withArguments = 0;
      for (const [key, message] of leaves(compiled)) {
        const args = argsOf(message, new Map());
        if (args.size) withArguments++;
        const passes = Math.max(
          1,
          ...[...args.values()].map((a) => (a.kind === "select" ? a.options!.length : a.kind === "plural" ? COUNTS.length : 1)),
        );
        for (let i = 0; i < passes; i++) {
          const values: Record<string, string | number> = {};
          for (const [name, a] of args)
            values[name] =
              a.kind === "select" ? a.options![i % a.options!.length]! : a.kind === "text" ? `«${name}»` : COUNTS[i % COUNTS.length]!;
          const expected = t(key as never, values as never);
          const actual = formatOnly(key, message as never, values, { cache, formatters, locale, timeZone: DANISH_TIME_ZONE });
          expect(String(actual), key).toBe(expected);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(500);
      expect(withArguments).toBeGreaterThan(50);
    });
  }
});
