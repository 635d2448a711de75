// The ground truth of a synthetic dataset: every key-figure cell computed in TypeScript straight
// from what the generator decided (model.ts facts) — independently of the SQL in
// lib/kpi/refresh/units-sql.ts, by the rules of docs/key-figures.md. The end-to-end test imports
// the generated file and requires the refresh job to produce exactly these cells.
import { danishDayOf } from "@/lib/time";
import { addMonthsToDay, lastDayOf, monthKey, monthOf, monthRange } from "@/lib/kpi/months";
import { percentile } from "@/lib/kpi/percentile";
import { STAT_SOURCES } from "@/lib/kpi/figures";
import type { CubeCell } from "@/lib/kpi/cube";
import type { CitizenFacts, StatusFact, World } from "./model";

type Dims = { jc: string | null; hcs: string[]; grp: string | null; progs: string[] };

export class TruthCollector {
  private readonly cells = new Map<string, { value: number; persons: Set<string>; v: number[] }>();
  constructor(private readonly world: World) {}

  private add(figure: string, day: Date, citizen: string, dims: Dims, v?: number) {
    const month = monthKey(monthOf(day));
    for (const d of ["", ...(dims.jc ? [dims.jc] : []), ...dims.hcs])
      for (const g of ["", ...(dims.grp ? [dims.grp] : [])])
        for (const p of ["", ...dims.progs]) {
          const key = `${figure}|${month}|${d}|${g}|${p}`;
          const c = this.cells.get(key) ?? { value: 0, persons: new Set<string>(), v: [] };
          c.value++;
          c.persons.add(citizen);
          if (v !== undefined) c.v.push(v);
          this.cells.set(key, c);
        }
  }

  /** Adds every unit of one simulated citizen. */
  collect(f: CitizenFacts): void {
    const asOf = this.world.asOf;
    const dept = (programme: string) => this.world.programmes.find((p) => p.key === programme)!.department;
    const ref = f.referral;
    const day = (at: Date) => danishDayOf(at);
    const firstOf = (statuses: string[]) => ref?.events.find((e) => statuses.includes(e.status));
    const started = firstOf(["STARTED"]);
    const caseDims: Dims = {
      jc: f.jobcenter,
      hcs: started ? [dept(ref!.programme)] : [],
      grp: f.group,
      progs: started ? [ref!.programme] : [],
    };
    const tl = f.timeline;
    const statusAt = (d: Date): StatusFact | null => {
      let s: StatusFact | null = null;
      for (const e of tl) if (e.on <= d) s = e;
      return s;
    };
    // Stock at each month end (as of today in the current month), flows, partial returns.
    for (const m of monthRange(monthOf(f.firstDay), monthOf(asOf))) {
      const end = lastDayOf(m) < asOf ? lastDayOf(m) : asOf;
      const s = statusAt(end);
      if (s && s.status !== "CLOSED") this.add("active", m, f.citizen, caseDims);
    }
    tl.forEach((e, i) => {
      const prev = i === 0 ? null : tl[i - 1]!.status;
      if (e.status !== "CLOSED" && (prev === null || prev === "CLOSED")) this.add("inflow", e.on, f.citizen, caseDims);
      if (e.status === "CLOSED" && prev !== "CLOSED")
        this.add("outflow", e.on, f.citizen, caseDims, (e.on.getTime() - f.firstDay.getTime()) / 86_400_000 / 7);
      if (e.status === "PARTIAL_RETURN" && prev !== null && prev !== "PARTIAL_RETURN")
        this.add("partialReturns", e.on, f.citizen, caseDims);
    });
    for (const fu of f.followUps) {
      const held = day(fu.heldAt);
      if (held > asOf) continue;
      this.add("followUps.held", held, f.citizen, caseDims);
      this.add(held <= fu.dueOn ? "followUps.onTime" : "followUps.late", held, f.citizen, caseDims);
    }
    if (ref) {
      const dims: Dims = { jc: f.jobcenter, hcs: [dept(ref.programme)], grp: f.group, progs: [ref.programme] };
      const submitted = day(ref.submittedAt);
      this.add("referrals.submitted", submitted, f.citizen, dims);
      const accepted = firstOf(["ACCEPTED", "WAITLISTED"]);
      if (accepted) this.add("referrals.accepted", day(accepted.at), f.citizen, dims);
      if (started)
        this.add("referrals.started", day(started.at), f.citizen, dims, (day(started.at).getTime() - submitted.getTime()) / 86_400_000);
      const completed = firstOf(["COMPLETED"]);
      if (completed) this.add("referrals.completed", day(completed.at), f.citizen, dims);
      for (const step of ["REJECTED", "RETURNED", "DROPPED"]) {
        const e = firstOf([step]);
        if (!e) continue;
        const name = `referrals.${step.toLowerCase()}`;
        this.add(name, day(e.at), f.citizen, dims);
        this.add(`${name}.${e.code ?? "UNSPECIFIED"}`, day(e.at), f.citizen, dims);
      }
      // Places in use and the wait list at each month end.
      for (const m of monthRange(monthOf(submitted), monthOf(asOf))) {
        const end = lastDayOf(m) < asOf ? lastDayOf(m) : asOf;
        let status: string | null = null;
        for (const e of ref.events) if (day(e.at) <= end) status = e.status;
        if (status === "STARTED") this.add("capacity.inUse", m, f.citizen, dims);
        if (status === "WAITLISTED") this.add("waitlist", m, f.citizen, dims);
      }
    }
    for (const p of f.plans) {
      const dims: Dims = { jc: f.jobcenter, hcs: [p.department], grp: f.group, progs: p.programme ? [p.programme] : [] };
      this.add("plans.new", p.start, f.citizen, dims);
      for (const g of p.goalsAchieved) if (g <= asOf) this.add("goals.achieved", g, f.citizen, dims);
      const outcome = (kind: "offBenefit" | "recovered", on: Date) => {
        const s = statusAt(on);
        if (!s || (s.status === "CLOSED" && (s.reason === "MOVED" || s.reason === "DECEASED"))) return;
        const ok = (s.status === "CLOSED" && s.reason === "FULL_RETURN_TO_WORK") || (kind === "recovered" && s.status === "PARTIAL_RETURN");
        this.add(`${kind}.den`, on, f.citizen, dims);
        this.add(`${kind}.${ok ? "num" : "comp"}`, on, f.citizen, dims);
      };
      const check = addMonthsToDay(p.start, 3);
      if (check <= asOf) outcome("offBenefit", check);
      if (p.end && p.end <= asOf) {
        outcome("recovered", p.end);
        if (p.srh.length >= 2) {
          this.add("health.den", p.end, f.citizen, dims);
          this.add(p.srh.at(-1)! > p.srh[0]! ? "health.num" : "health.comp", p.end, f.citizen, dims);
        }
      }
    }
  }

  /** The expected cells (raw values, before suppression), statistics included. */
  cellsFrom(firstMonth: string): CubeCell[] {
    const out: CubeCell[] = [];
    for (const [key, c] of this.cells) {
      const [figure, month, departmentId, diagnosisGroup, programmeId] = key.split("|") as [string, string, string, string, string];
      if (month < firstMonth) continue;
      const base = { month, departmentId, diagnosisGroup, programmeId, persons: c.persons.size };
      out.push({ ...base, figure, value: c.value });
      for (const s of STAT_SOURCES[figure] ?? []) out.push({ ...base, figure: s.cell, value: percentile(c.v, s.p)! });
    }
    return out;
  }
}
