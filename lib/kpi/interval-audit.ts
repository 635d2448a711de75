// The second attacker the suppression defends against: reasoning with bounds. A "< 5" cell holds
// 1–4 people, a "–" cell at least 5 (zeros are never hidden), so a relation such as
// total 6 = "< 5" + "–" pins the "< 5" cell to 1 although no subtraction alone gives it.
// This module propagates such bounds through all relations (interval constraint propagation, to a
// fixed point) and reports the primary cells left with a single possible value. It is sound (every
// bound it derives holds) but not complete (a linear program could find more), see ADR 0009.
import type { Mark, Relation } from "./suppression";

type Bounds = { lo: Float64Array; hi: Float64Array };

/** What an attacker knows of a hidden cell: "< 5" → 1…max(4, value); "–" → 5…∞. */
function initialBounds(values: readonly number[], marks: readonly Mark[]): Bounds {
  const lo = new Float64Array(values.length);
  const hi = new Float64Array(values.length);
  marks.forEach((m, i) => {
    if (m === "VALUE") lo[i] = hi[i] = values[i]!;
    // Conservative: a count of conversations by 1–4 people may exceed 4; the attacker is granted the true maximum.
    else if (m === "PRIMARY") [lo[i], hi[i]] = [1, Math.max(4, values[i]!)];
    else [lo[i], hi[i]] = [5, Infinity];
  });
  return { lo, hi };
}

/** Tightens the bounds of one relation's cells; true when something changed. */
function tighten(r: Relation, b: Bounds): boolean {
  // Σ c·x = 0 ⇒ c_j·x_j = −Σ_{k≠j} c_k·x_k. Sum the ranges of all terms once, then take each one out.
  let minSum = 0;
  let maxSum = 0;
  let minInf = 0;
  let maxInf = 0;
  const tmin: number[] = [];
  const tmax: number[] = [];
  r.cells.forEach((c, i) => {
    const coef = r.coefs[i]!;
    const a = coef * b.lo[c]!;
    const z = coef * b.hi[c]!;
    const lo = Math.min(a, z);
    const hi = Math.max(a, z);
    tmin.push(lo);
    tmax.push(hi);
    if (lo === -Infinity) minInf++;
    else minSum += lo;
    if (hi === Infinity) maxInf++;
    else maxSum += hi;
  });
  let changed = false;
  r.cells.forEach((c, i) => {
    if (b.lo[c] === b.hi[c]) return;
    const coef = r.coefs[i]!;
    // Range of the other terms.
    const othersMin = minInf - (tmin[i] === -Infinity ? 1 : 0) > 0 ? -Infinity : minSum - (tmin[i] === -Infinity ? 0 : tmin[i]!);
    const othersMax = maxInf - (tmax[i] === Infinity ? 1 : 0) > 0 ? Infinity : maxSum - (tmax[i] === Infinity ? 0 : tmax[i]!);
    // coef·x ∈ [−othersMax, −othersMin]
    const [a, z] = [-othersMax / coef, -othersMin / coef];
    const lo = Math.ceil(Math.min(a, z) - 1e-9);
    const hi = Math.floor(Math.max(a, z) + 1e-9);
    if (lo > b.lo[c]!) {
      b.lo[c] = lo;
      changed = true;
    }
    if (hi < b.hi[c]!) {
      b.hi[c] = hi;
      changed = true;
    }
  });
  return changed;
}

/** The PRIMARY cells whose value bound reasoning pins down (at most one possible value left). */
export function boundedPrimaries(
  values: readonly number[],
  marks: readonly Mark[],
  relations: readonly Relation[],
  maxPasses = 100,
): number[] {
  const b = initialBounds(values, marks);
  const relevant = relations.filter((r) => r.cells.some((c) => marks[c] !== "VALUE"));
  for (let pass = 0; pass < maxPasses; pass++) {
    let changed = false;
    for (const r of relevant) if (tighten(r, b)) changed = true;
    if (!changed) break;
  }
  const out: number[] = [];
  marks.forEach((m, i) => {
    if (m === "PRIMARY" && b.hi[i]! - b.lo[i]! < 1) out.push(i);
  });
  return out;
}
