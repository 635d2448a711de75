// Pure helpers that turn record values into history values and compute what changed.
import { isoDay } from "@/lib/time";
import type { HistoryChanges, HistoryValue } from "./types";

type Raw = string | number | boolean | Date | null | undefined | readonly string[] | { toNumber(): number };

/** Day values (@db.Date) are stored as "YYYY-MM-DD"; instants as full ISO strings. */
export function historyValue(v: Raw, kind: "day" | "instant" | "plain" = "plain"): HistoryValue {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return kind === "day" ? isoDay(v) : v.toISOString();
  if (Array.isArray(v)) return [...v];
  if (typeof v === "object" && "toNumber" in v) return v.toNumber();
  return v as HistoryValue;
}

function same(a: HistoryValue, b: HistoryValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");
  return a === b;
}

/**
 * The fields whose value differs between `before` and `after` (both already history values).
 * Only keys present in `after` are compared.
 */
export function diffValues(before: Record<string, HistoryValue>, after: Record<string, HistoryValue>): HistoryChanges {
  const out: HistoryChanges = {};
  for (const [field, to] of Object.entries(after)) {
    const from = before[field] ?? null;
    if (!same(from, to)) out[field] = { from, to };
  }
  return out;
}

/** The initial values of a created record as a history entry (from null). */
export function creationValues(values: Record<string, HistoryValue>): HistoryChanges {
  const out: HistoryChanges = {};
  for (const [field, to] of Object.entries(values))
    if (to !== null && !(Array.isArray(to) && to.length === 0)) out[field] = { from: null, to };
  return out;
}
