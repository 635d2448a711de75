// `npm run import -- FILE.json` (scripts/import.ts): loads a dataset in the import format
// (docs/import-format.md) into an EMPTY database, in two passes over the file:
//   1. check: every record's shape (lib/validation/import.ts) and the rules between records
//      (check.ts); any issue → the file is refused with the record and field, nothing written;
//   2. write: all rows in ONE transaction (a failure rolls everything back), then the stored next
//      deadlines of the open cases and the key figures are computed, as the daily jobs would.
// Both passes stream the file, so its size is limited by disk, not memory.
import "server-only";
import fs from "node:fs";
import type { z } from "zod";
import type { Db } from "@/lib/db/client";
import { recomputeOrganisationDeadlines } from "@/lib/domain/deadlines/recompute-organisation-deadlines";
import { systemContext } from "@/lib/domain/run-system-job";
import { refreshKeyFigures } from "@/lib/kpi/refresh/refresh";
import { ZImportCitizen, ZImportHeader, type TImportHeader } from "@/lib/validation/import";
import { ImportChecker, type ImportIssue } from "./check";
import { readImportItems, ImportFileError } from "./read";
import { addCitizenRows, batchSize, emptyBatch, writeBatch, type ImportContext } from "./rows";

export type ImportProgress = (phase: "check" | "write", bytes: number, totalBytes: number, citizens: number) => void;

export type ImportOptions = {
  /** The Danish day the import runs on; nothing in the file may lie after it. */
  today: Date;
  now?: Date;
  progress?: ImportProgress;
  /** Stop checking after this many issues (default 50). */
  maxIssues?: number;
  /** Also compute the key figures afterwards (default true). */
  refreshFigures?: boolean;
};

export type ImportCounts = { citizens: number; cases: number; followUps: number; referrals: number; rehabPlans: number };
/** Seconds spent in each step. */
export type ImportTimings = { check: number; write: number; deadlines: number; keyFigures: number };
export type ImportResult =
  { ok: true; organisationId: string; counts: ImportCounts; seconds: ImportTimings } | { ok: false; issues: ImportIssue[] };

const HEADER_KEYS = ["format", "version", "organisation", "departments", "staff", "programmes"];

function zodIssues(error: z.ZodError, prefix: string): ImportIssue[] {
  return error.issues.map((i) => ({
    path: [prefix, ...i.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))].join("").replace(/^\./, ""),
    message: /^[a-zA-Z]+(\.[a-zA-Z0-9]+)+$/.test(i.message) ? i.message : "errors.formInvalid",
  }));
}

/** A readable label of a citizen record for issue paths: citizens[12] (b-12). */
const citizenLabel = (index: number, value: unknown) => {
  const key = value && typeof value === "object" && "key" in value ? String((value as { key: unknown }).key) : "";
  return `citizens[${index}]${key ? ` (${key.slice(0, 100)})` : ""}`;
};

type Checked = { header: TImportHeader; counts: ImportCounts } | { issues: ImportIssue[] };

async function check(file: string, opts: ImportOptions & { now: Date }, total: number): Promise<Checked> {
  const max = opts.maxIssues ?? 50;
  const issues: ImportIssue[] = [];
  const headerParts: Record<string, unknown> = {};
  let header: TImportHeader | null = null;
  let checker: ImportChecker | null = null;
  let bytes = 0;
  const counts: ImportCounts = { citizens: 0, cases: 0, followUps: 0, referrals: 0, rehabPlans: 0 };
  try {
    for await (const item of readImportItems(file, (b) => (bytes = b))) {
      if (item.kind === "header") {
        if (!HEADER_KEYS.includes(item.key)) issues.push({ path: item.key, message: "importing.errors.unknownSection" });
        else headerParts[item.key] = item.value;
        continue;
      }
      if (!checker) {
        const parsed = ZImportHeader.safeParse(headerParts);
        if (!parsed.success) return { issues: zodIssues(parsed.error, "") };
        header = parsed.data;
        checker = new ImportChecker(header, opts.today, opts.now);
        issues.push(...checker.headerIssues());
        if (issues.length) return { issues };
      }
      const label = citizenLabel(item.index, item.value);
      const parsed = ZImportCitizen.safeParse(item.value);
      if (!parsed.success) issues.push(...zodIssues(parsed.error, label));
      else {
        issues.push(...checker.citizenIssues(parsed.data).map((i) => ({ ...i, path: `${label}.${i.path}` })));
        counts.citizens++;
        counts.cases += parsed.data.cases.length;
        counts.rehabPlans += parsed.data.rehabPlans.length;
        for (const k of parsed.data.cases) {
          counts.followUps += k.followUps.length;
          counts.referrals += k.referrals.length;
        }
      }
      if (issues.length >= max) return { issues: issues.slice(0, max) };
      if (counts.citizens % 500 === 0) opts.progress?.("check", bytes, total, counts.citizens);
    }
  } catch (e) {
    if (e instanceof ImportFileError) return { issues: [{ path: `byte ${e.offset}`, message: "importing.errors.json" }] };
    throw e;
  }
  if (!header) {
    const parsed = ZImportHeader.safeParse(headerParts);
    if (!parsed.success) return { issues: zodIssues(parsed.error, "") };
    header = parsed.data;
    issues.push(...new ImportChecker(header, opts.today, opts.now).headerIssues());
  }
  opts.progress?.("check", total, total, counts.citizens);
  return issues.length ? { issues } : { header, counts };
}

/**
 * Imports `file` into the (empty) database `db`.
 * @returns ok with the new organisation's id and counts, or the issues that refused the file
 *   (then nothing was written). Issue messages are translation keys (importing.errors.*, errors.*).
 */
export async function importFile(db: Db, file: string, options: ImportOptions): Promise<ImportResult> {
  const opts = { ...options, now: options.now ?? new Date() };
  const total = fs.statSync(file).size;
  if ((await db.organisation.count()) > 0) return { ok: false, issues: [{ path: "", message: "importing.errors.notEmpty" }] };
  const clock = { t: Date.now() };
  const lap = () => {
    const now = Date.now();
    const s = (now - clock.t) / 1000;
    clock.t = now;
    return s;
  };
  const checked = await check(file, opts, total);
  const seconds: ImportTimings = { check: lap(), write: 0, deadlines: 0, keyFigures: 0 };
  if ("issues" in checked) return { ok: false, issues: checked.issues };
  const { header, counts } = checked;

  let seq = 0;
  const base = opts.now.getTime();
  const organisationId = await db.$transaction(
    async (tx) => {
      const org = await tx.organisation.create({
        data: { name: header.organisation.name, jurisdiction: header.organisation.jurisdiction },
      });
      const ctx: ImportContext = {
        organisationId: org.id,
        departments: new Map(),
        staff: new Map(),
        programmes: new Map(),
        nextCreatedAt: () => new Date(base + seq++),
      };
      for (const d of header.departments) {
        const row = await tx.department.create({ data: { organisationId: org.id, kind: d.kind, name: d.name }, select: { id: true } });
        ctx.departments.set(d.key, row.id);
      }
      for (const s of header.staff) {
        const row = await tx.user.create({
          data: {
            organisationId: org.id,
            departmentId: s.department ? ctx.departments.get(s.department)! : null,
            email: s.email.toLowerCase(),
            name: s.name,
            role: s.role,
            competenceTags: s.competenceTags,
          },
          select: { id: true },
        });
        ctx.staff.set(s.key, row.id);
      }
      for (const p of header.programmes) {
        const row = await tx.programme.create({
          data: {
            organisationId: org.id,
            departmentId: ctx.departments.get(p.department)!,
            name: p.name,
            description: p.description ?? "",
            targetGroup: p.targetGroup ?? "",
            format: p.format,
            rollingAdmission: p.rollingAdmission,
            weeks: p.weeks,
            hoursPerWeek: p.hoursPerWeek,
            capacity: p.capacity,
            priceDkk: p.priceDkk,
            active: p.active,
          },
          select: { id: true },
        });
        ctx.programmes.set(p.key, row.id);
      }
      let batch = emptyBatch();
      let written = 0;
      let bytes = 0;
      for await (const item of readImportItems(file, (b) => (bytes = b))) {
        if (item.kind !== "citizen") continue;
        addCitizenRows(batch, ctx, ZImportCitizen.parse(item.value));
        written++;
        if (batchSize(batch) >= 5000) {
          await writeBatch(tx, batch);
          batch = emptyBatch();
          opts.progress?.("write", bytes, total, written);
        }
      }
      await writeBatch(tx, batch);
      opts.progress?.("write", total, total, written);
      return org.id;
    },
    { timeout: 24 * 3_600_000, maxWait: 60_000 },
  );
  seconds.write = lap();
  await db.$transaction((tx) => recomputeOrganisationDeadlines(systemContext(tx, organisationId, new Date(), opts.today)), {
    timeout: 3_600_000,
  });
  seconds.deadlines = lap();
  if (opts.refreshFigures !== false) await refreshKeyFigures(db, organisationId, opts.today);
  seconds.keyFigures = lap();
  return { ok: true, organisationId, counts, seconds };
}
