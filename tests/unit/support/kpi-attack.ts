// The attacker of the key-figure property test (tests/unit/kpi-suppression.test.ts), written
// independently of lib/kpi: its own enumeration of every exact relation of the published table
// (over the whole cube, zeros included) and exact rational linear algebra (BigInt).
import type { CubeDims } from "@/lib/kpi/cube";

export type World = {
  dims: CubeDims;
  programmeDept: Record<string, string>;
  cases: { citizen: number; jc: string; grp: string; progs: string[]; start: number; end: number | null }[];
  referrals: { citizen: number; jc: string; grp: string; prog: string; month: number; reason: string | null }[];
  shares: { citizen: number; jc: string; grp: string; month: number; onTime: boolean }[];
};

// ------------------------------------------------------------------------------ the attacker's relations

/** All exact linear relations between cells of the full table, zeros included (enumerated over the whole cube). */
export function attackerRelations(w: World, value: (fig: string, month: string, d: string, g: string, p: string) => number) {
  const { jobcenterDepartments: jcs, healthDepartments: hcs, diagnosisGroups: gs, programmes: ps, months } = w.dims;
  const figures = [
    "active",
    "inflow",
    "outflow",
    "referrals.rejected",
    "referrals.rejected.NOT_ELIGIBLE",
    "referrals.rejected.OTHER",
    "referrals.rejected.UNSPECIFIED",
    "followUps.held",
    "followUps.onTime",
    "followUps.late",
  ];
  const rel: { terms: [string, number][] }[] = [];
  const key = (f: string, m: string, d: string, g: string, p: string) => `${f}|${m}|${d}|${g}|${p}`;
  const exact = (terms: [string, number][]) => {
    const total = terms.reduce((s, [k, c]) => s + c * value(...(k.split("|") as [string, string, string, string, string])), 0);
    if (total === 0) rel.push({ terms });
  };
  const D = ["", ...jcs, ...hcs];
  const G = ["", ...gs];
  const P = ["", ...ps];
  for (const f of figures)
    for (const m of months) {
      for (const g of G)
        for (const p of P) {
          exact([[key(f, m, "", g, p), 1], ...jcs.map((d) => [key(f, m, d, g, p), -1] as [string, number])]);
          exact([[key(f, m, "", g, p), 1], ...hcs.map((d) => [key(f, m, d, g, p), -1] as [string, number])]);
        }
      for (const d of D)
        for (const p of P) exact([[key(f, m, d, "", p), 1], ...gs.map((g) => [key(f, m, d, g, p), -1] as [string, number])]);
      for (const d of D)
        for (const g of G) exact([[key(f, m, d, g, ""), 1], ...ps.map((p) => [key(f, m, d, g, p), -1] as [string, number])]);
    }
  for (const m of months)
    for (const d of D)
      for (const g of G)
        for (const p of P) {
          exact([
            [key("followUps.held", m, d, g, p), 1],
            [key("followUps.onTime", m, d, g, p), -1],
            [key("followUps.late", m, d, g, p), -1],
          ]);
          exact([
            [key("referrals.rejected", m, d, g, p), 1],
            ...["NOT_ELIGIBLE", "OTHER", "UNSPECIFIED"].map((r) => [key(`referrals.rejected.${r}`, m, d, g, p), -1] as [string, number]),
          ]);
        }
  for (const d of D)
    for (const g of G)
      for (const p of P)
        months.forEach((m, k) => {
          const terms: [string, number][] = [
            [key("active", m, d, g, p), 1],
            [key("inflow", m, d, g, p), -1],
            [key("outflow", m, d, g, p), 1],
          ];
          if (k > 0) terms.push([key("active", months[k - 1]!, d, g, p), -1]);
          exact(terms);
        });
  return rel;
}

// ------------------------------------------------------------------------------ attacker 1: exact linear algebra

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Sparse integer row: ascending columns and non-zero BigInt coefficients. */
export type SparseRow = { cols: number[]; vals: bigint[] };

/** Echelon rows over the integers (each divided by its gcd); pivot = smallest column, exact arithmetic. */
export class ExactSpace {
  rows = new Map<number, SparseRow>();
  private reduce(v: SparseRow): SparseRow {
    while (v.cols.length) {
      const r = this.rows.get(v.cols[0]!);
      if (!r) return v;
      // v·p − r·a clears the pivot column.
      const a = v.vals[0]!;
      const p = r.vals[0]!;
      const out: SparseRow = { cols: [], vals: [] };
      let i = 0;
      let j = 0;
      while (i < v.cols.length || j < r.cols.length) {
        const ci = i < v.cols.length ? v.cols[i]! : Infinity;
        const cj = j < r.cols.length ? r.cols[j]! : Infinity;
        const c = Math.min(ci, cj);
        const x = (ci === c ? v.vals[i++]! * p : 0n) - (cj === c ? r.vals[j++]! * a : 0n);
        if (x !== 0n) (out.cols.push(c), out.vals.push(x));
      }
      const g = out.vals.reduce((s, x) => gcd(s, x), 0n);
      v = g > 1n ? { cols: out.cols, vals: out.vals.map((x) => x / g) } : out;
    }
    return v;
  }
  add(v: SparseRow) {
    const r = this.reduce(v);
    if (r.cols.length) this.rows.set(r.cols[0]!, r);
  }
  contains(v: SparseRow): boolean {
    return this.reduce(v).cols.length === 0;
  }
}
