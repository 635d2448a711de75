// Which hidden cells can be recovered by subtraction? A published table gives exact linear
// relations between its cells (a total equals the sum of its parts, a stock equals the previous
// stock plus inflow minus outflow …). With the visible cells moved to the right-hand side, the
// hidden cells x satisfy A·x = b. A hidden cell x_j is recovered exactly when every solution has
// the same x_j, i.e. when the unit vector e_j lies in the row space of A (restricted to the hidden
// columns). This module decides that with sparse Gaussian elimination over the prime field
// GF(67 108 859): a cell determined over the rationals is determined over that field too (unless
// the prime divides a denominator of the combination, which for sums of ±1 coefficients does not
// happen in practice), so the audit errs only towards hiding more. The property test in
// tests/unit/kpi-suppression.test.ts checks the result with exact rational arithmetic.

/** A prime below 2^26: the product of two residues stays below 2^53, exact in a double. */
const P = 67_108_859;

const mod = (a: number) => {
  const r = a % P;
  return r < 0 ? r + P : r;
};

function inverse(a: number): number {
  let [r0, r1] = [P, mod(a)];
  let [t0, t1] = [0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (r0 !== 1) throw new Error("not invertible");
  return mod(t0);
}

/** A sparse row: ascending column numbers and their non-zero coefficients (residues). */
type Row = { cols: number[]; vals: number[] };

/** v − f·r, both ascending; zero results are dropped. */
function subtractScaled(v: Row, f: number, r: Row): Row {
  const cols: number[] = [];
  const vals: number[] = [];
  let i = 0;
  let j = 0;
  while (i < v.cols.length || j < r.cols.length) {
    const ci = i < v.cols.length ? v.cols[i]! : Infinity;
    const cj = j < r.cols.length ? r.cols[j]! : Infinity;
    if (ci < cj) {
      cols.push(ci);
      vals.push(v.vals[i++]!);
    } else if (cj < ci) {
      cols.push(cj);
      vals.push(mod(-((f * r.vals[j++]!) % P)));
    } else {
      const x = mod(v.vals[i++]! - ((f * r.vals[j++]!) % P));
      if (x !== 0) {
        cols.push(ci);
        vals.push(x);
      }
    }
  }
  return { cols, vals };
}

/**
 * An echelon basis of the relations' row space, built incrementally. Every stored row has its
 * pivot as its smallest column with coefficient 1, so reducing a vector smallest column first
 * either clears it or stops at a column no row can cancel.
 */
export class RowSpace {
  private readonly pivots = new Map<number, Row>();

  /** Adds a relation given as (hidden column, integer coefficient) pairs. */
  add(cols: readonly number[], coefs: readonly number[]): void {
    const order = cols.map((c, i) => [c, mod(coefs[i]!)] as const).filter(([, v]) => v !== 0);
    order.sort((a, b) => a[0] - b[0]);
    // Merge duplicate columns.
    const row: Row = { cols: [], vals: [] };
    for (const [c, v] of order) {
      const last = row.cols.length - 1;
      if (last >= 0 && row.cols[last] === c) {
        row.vals[last] = mod(row.vals[last]! + v);
        if (row.vals[last] === 0) {
          row.cols.pop();
          row.vals.pop();
        }
      } else {
        row.cols.push(c);
        row.vals.push(v);
      }
    }
    const reduced = this.reduce(row);
    if (reduced.cols.length === 0) return;
    const f = inverse(reduced.vals[0]!);
    this.pivots.set(reduced.cols[0]!, { cols: reduced.cols, vals: reduced.vals.map((x) => (x * f) % P) });
  }

  /** Reduces `v` by the stored rows until it is zero or its smallest column has no pivot. */
  private reduce(v: Row): Row {
    let cur = v;
    while (cur.cols.length) {
      const row = this.pivots.get(cur.cols[0]!);
      if (!row) return cur;
      cur = subtractScaled(cur, cur.vals[0]!, row);
    }
    return cur;
  }

  /** True when column `j` is a fixed linear combination of the relations: its value is recoverable. */
  determines(j: number): boolean {
    if (!this.pivots.has(j)) return false;
    return this.reduce({ cols: [j], vals: [1] }).cols.length === 0;
  }
}

/**
 * The hidden columns (0 … hiddenCount−1) that the relations determine. Each relation lists
 * hidden columns with integer coefficients (visible cells already moved to the other side).
 */
export function determinedColumns(
  relations: readonly { cols: readonly number[]; coefs: readonly number[] }[],
  candidates: Iterable<number>,
): number[] {
  const space = new RowSpace();
  for (const r of relations) if (r.cols.length) space.add(r.cols, r.coefs);
  return [...candidates].filter((j) => space.determines(j));
}
