// Translation messages compiled ahead of formatting (ADR 0030). In the Next build, next.config.mjs
// aliases `use-intl/format-message` to use-intl's `format-only` formatter: it formats messages that
// icu-minify has compiled (plain strings stay strings; messages with arguments become small arrays),
// so the browser does not carry intl-messageformat and its ICU parser (~8 KB gzipped on every page).
// The alias holds for every layer of the build (server components, server rendering, browser), so
// every catalogue handed to use-intl there goes through `forFormatter`. Outside the build (vitest,
// scripts run by tsx) use-intl keeps its parsing formatter and the catalogues stay ICU text.
import compile from "icu-minify/compile";
import formatMessage from "use-intl/format-message";

/** True when use-intl formats precompiled messages (the Next build), false when it parses ICU text. */
export const PRECOMPILED = formatMessage.raw === false;

type Tree = { [key: string]: unknown };

function compileLeaves(tree: Tree): Tree {
  const out: Tree = {};
  for (const [k, v] of Object.entries(tree)) out[k] = typeof v === "string" ? compile(v) : compileLeaves(v as Tree);
  return out;
}

/**
 * A copy of `tree` with every message (string leaf) compiled by icu-minify, as plain JSON data
 * (icu-minify's select/plural tables have no prototype, which React refuses to hand to client
 * components). Throws on invalid ICU.
 */
export function compileTree(tree: Tree): Tree {
  return JSON.parse(JSON.stringify(compileLeaves(tree))) as Tree;
}

const done = new WeakMap<object, object>();

/**
 * `tree` as the active formatter needs it: compiled in the Next build, unchanged elsewhere. The
 * result is remembered per tree (catalogues and their subsets are built once per process).
 */
export function forFormatter<T extends object>(tree: T): T {
  if (!PRECOMPILED) return tree;
  let c = done.get(tree);
  if (!c) {
    c = compileTree(tree as Tree);
    done.set(tree, c);
  }
  return c as T;
}
