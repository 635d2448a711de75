// The URL a filter form's server action redirects to (issue 8 item 9: every form posts; filters
// that are not personal data stay bookmarkable in the URL). Pure.

/** Longest filter value kept; longer values are dropped (filters are ids, enum values, months and days). */
export const MAX_FILTER_VALUE = 64;
const SAFE = /^[A-Za-z0-9_.:-]+$/;

/**
 * `path` with the non-empty values of exactly the `allowed` fields of `fd` as query parameters, in
 * the order given, plus `extra` (e.g. a private search id). A value that is not a short plain token
 * (letters, digits, `_ . : -`) is left out, so free text (a name, a CPR number) can never reach the URL.
 */
export function filterUrl(path: string, fd: FormData, allowed: readonly string[], extra: Record<string, string | null> = {}): string {
  const p = new URLSearchParams();
  for (const k of allowed) {
    const v = fd.get(k);
    if (typeof v === "string" && v && v.length <= MAX_FILTER_VALUE && SAFE.test(v)) p.set(k, v);
  }
  for (const [k, v] of Object.entries(extra)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `${path}?${s}` : path;
}
