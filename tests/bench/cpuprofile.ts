// Sums a V8 CPU profile (`node --cpu-prof`, the node:inspector format) for tests/bench/profile-http.ts
// (ADR 0027): self and inclusive time per function, self time per package, and the share of each
// "layer" of the request (pg driver, Prisma client, React/Next rendering, GC, …) by the sample's stack.
import fs from "node:fs";

type CallFrame = { functionName: string; url: string; lineNumber: number };
type Profile = { nodes: { id: number; callFrame: CallFrame; children?: number[] }[]; samples: number[]; timeDeltas: number[] };
export type Share = { name: string; ms: number; share: number };
export type ProfileSummary = { totalMs: number; layers: Share[]; packages: Share[]; self: Share[]; total: Share[] };

const shortUrl = (u: string) => {
  const i = u.lastIndexOf("node_modules/");
  if (i >= 0) return u.slice(i + 13);
  const j = u.indexOf(".next/");
  return j >= 0 ? u.slice(j) : u.split("/").slice(-2).join("/");
};
const packageOf = (u: string) => {
  if (!u) return "(native, GC, VM)";
  if (u.startsWith("node:")) return "node:";
  const i = u.lastIndexOf("node_modules/");
  if (i >= 0) {
    const p = u.slice(i + 13).split("/");
    return p[0]!.startsWith("@") ? `${p[0]}/${p[1]}` : p[0]!;
  }
  if (u.includes(".next/")) return ".next (app code)";
  return u.startsWith("wasm") || u.includes("/wasm/") ? "wasm (Prisma query compiler)" : shortUrl(u);
};
/** The layer of one sample, from its leaf up: the first rule that matches wins. */
function layerOf(leaf: string, stack: string[]): string {
  if (leaf === "(garbage collector)") return "garbage collection";
  if (leaf === "(idle)" || leaf === "(program)") return "idle / program";
  const has = (s: string) => stack.some((u) => u.includes(s));
  if (has("/pg/") || has("pg-protocol") || has("adapter-pg")) return "pg driver";
  if (has("@prisma/client")) return "Prisma client";
  if (has("use-intl")) return "use-intl";
  if (has("next-auth") || has("jose")) return "session cookie (next-auth)";
  if (has("Module._load") || has("instantiateModule")) return "module loading";
  if (has("app-page-turbo.runtime")) return "React / Next rendering";
  if (has("next/dist")) return "Next (other)";
  return "other";
}

/** Sums the profile at `file`; `top` rows per list. */
export function summariseCpuProfile(file: string, top = 25): ProfileSummary {
  const p = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const packages = new Map<string, number>();
  const layers = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, t: number) => m.set(k, (m.get(k) ?? 0) + t);
  const name = (f: CallFrame) => `${f.functionName || "(anonymous)"} ${shortUrl(f.url)}:${f.lineNumber + 1}`;
  let all = 0;
  p.samples.forEach((id, i) => {
    const t = p.timeDeltas[i] ?? 0;
    all += t;
    const leaf = nodes.get(id)!.callFrame;
    add(self, name(leaf), t);
    add(packages, packageOf(leaf.url), t);
    const seen = new Set<string>();
    const stack: string[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = nodes.get(cur)!.callFrame;
      stack.push(`${f.url} ${f.functionName}`);
      const k = name(f);
      if (!seen.has(k)) add(total, k, t);
      seen.add(k);
    }
    add(layers, layerOf(leaf.functionName, stack), t);
  });
  const rows = (m: Map<string, number>, n: number): Share[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => ({ name: k, ms: v / 1000, share: v / all }));
  return { totalMs: all / 1000, layers: rows(layers, 20), packages: rows(packages, 15), self: rows(self, top), total: rows(total, top) };
}
