// The people of `npm run seed:large` (scripts/seed-large.ts, ADR 0021): the organisation, its two
// departments, users (caseworkers sized to their open cases, therapists, managers, an admin), the
// programmes, and the citizens and sick-leave cases, generated in Node (CPR encrypted and
// blind-indexed with the app's own functions) and written with multi-row `INSERT … SELECT unnest(…)`.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { cprBlindIndex, encryptCpr } from "@/lib/crypto/cpr";
import { addDays, isoDay } from "@/lib/time";
import { DIAGNOSIS_DETAILS, EMPLOYERS, FIRST_NAMES, LAST_NAMES, STREETS, fakeCpr, rng, type Rng } from "../../prisma/seed/random";

/** The password of every user of the large dataset (printed by the seed; never for production). */
export const LARGE_PASSWORD = "Samspil-Bench-2026!";
/** The e-mail domain of the large dataset's users. */
export const LARGE_DOMAIN = "bench.samspil.test";
/** Open cases per caseworker: 60–120, as in practice (issue 10). The first caseworker has exactly 90. */
const LOAD_MIN = 60;
const LOAD_MAX = 120;

export type Sizes = { cases: number; years: number; therapists: number };

export type People = {
  organisationId: string;
  jobcenterId: string;
  healthCenterId: string;
  caseworkers: string[];
  therapists: string[];
  openCases: number;
  /** Every case id, in the order written (the later steps work in batches of these). */
  caseIds: string[];
  /** Programme ids by diagnosis group (a referral picks one of its group's programmes). */
  programmes: { id: string; group: "MUSCULOSKELETAL" | "MENTAL" | "OTHER"; weeks: number }[];
};

const PROGRAMMES = [
  { name: "Rygskole", group: "MUSCULOSKELETAL", weeks: 8, tags: ["back"] },
  { name: "Gradueret træning ved lænderygsmerter", group: "MUSCULOSKELETAL", weeks: 10, tags: ["back"] },
  { name: "Skulderforløb", group: "MUSCULOSKELETAL", weeks: 8, tags: ["shoulder"] },
  { name: "Vandtræning", group: "MUSCULOSKELETAL", weeks: 12, tags: ["knee", "hip"] },
  { name: "Stresshåndtering og mindfulness", group: "MENTAL", weeks: 8, tags: ["stress"] },
  { name: "Job og helbred", group: "MENTAL", weeks: 10, tags: ["stress"] },
  { name: "Patientuddannelse om ryg og nakke", group: "OTHER", weeks: 6, tags: ["neck"] },
  { name: "Genoptræning efter operation", group: "OTHER", weeks: 10, tags: [] },
] as const;

type CaseRow = {
  id: string;
  citizenId: string;
  first: Date;
  group: "MUSCULOSKELETAL" | "MENTAL" | "OTHER";
  end: Date;
  open: boolean;
  partial: boolean;
};

/** Days of sick leave: 40 % 2–8 weeks, 35 % 8–26 weeks, 25 % 26–60 weeks (a long tail, as in the source reports). */
function duration(r: Rng): number {
  const u = r.next();
  return u < 0.4 ? r.int(14, 56) : u < 0.75 ? r.int(57, 182) : r.int(183, 420);
}

/** Caseworker loads between 60 and 120 summing to `open` (the first is 90). */
export function caseworkerLoads(open: number, r: Rng): number[] {
  const loads: number[] = [];
  let left = open;
  while (left > 0) {
    const l = Math.min(left, loads.length === 0 ? 90 : r.int(LOAD_MIN, LOAD_MAX));
    loads.push(l);
    left -= l;
  }
  // A remainder below the minimum is spread over the others (each stays ≤ 120 + 1 in practice).
  if (loads.length > 1 && loads[loads.length - 1]! < LOAD_MIN) {
    const rest = loads.pop()!;
    for (let i = 0; i < rest; i++) loads[1 + (i % (loads.length - 1 || 1))]! += 1;
  }
  return loads;
}

/**
 * Writes the organisation, departments, programmes, users and the citizens with their cases.
 * `onProgress(n)` is called after each batch with the number of cases written.
 */
export async function seedPeople(
  client: pg.PoolClient,
  sizes: Sizes,
  today: Date,
  passwordHash: string,
  onProgress: (n: number) => void,
): Promise<People> {
  const r = rng(20261130);
  const organisationId = randomUUID();
  const jobcenterId = randomUUID();
  const healthCenterId = randomUUID();
  await client.query(`INSERT INTO "Organisation" (id, name) VALUES ($1, 'Storkøbing Kommune')`, [organisationId]);
  await client.query(
    `INSERT INTO "Department" (id, "organisationId", kind, name) VALUES ($1, $3, 'JOBCENTER', 'Jobcenter Storkøbing'), ($2, $3, 'HEALTH_CENTER', 'Sundhedscenter Storkøbing')`,
    [jobcenterId, healthCenterId, organisationId],
  );

  // Cases first (in memory), so that the number of caseworkers follows from the open cases.
  const cases: CaseRow[] = [];
  for (let i = 0; i < sizes.cases; i++) {
    const first = addDays(today, -r.int(0, Math.round(sizes.years * 365)));
    const end = addDays(first, duration(r));
    const open = end.getTime() > today.getTime();
    const u = r.next();
    const group = u < 0.35 ? "MENTAL" : u < 0.8 ? "MUSCULOSKELETAL" : "OTHER";
    const age = (today.getTime() - first.getTime()) / 86_400_000;
    cases.push({ id: randomUUID(), citizenId: randomUUID(), first, group, end, open, partial: open && age > 50 && r.chance(0.25) });
  }
  const open = cases.filter((c) => c.open);
  const loads = caseworkerLoads(open.length, r);
  const users: unknown[][] = [];
  const caseworkers = loads.map((_, k) => {
    const id = randomUUID();
    users.push([
      id,
      jobcenterId,
      `sagsbehandler${k + 1}@${LARGE_DOMAIN}`,
      `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`,
      "CASEWORKER",
      [],
    ]);
    return id;
  });
  const therapists = Array.from({ length: sizes.therapists }, (_, k) => {
    const id = randomUUID();
    const tags = PROGRAMMES[k % PROGRAMMES.length]!.tags;
    users.push([id, healthCenterId, `terapeut${k + 1}@${LARGE_DOMAIN}`, `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`, "THERAPIST", tags]);
    return id;
  });
  users.push([randomUUID(), jobcenterId, `leder@${LARGE_DOMAIN}`, "Lone Leder", "MANAGER", []]);
  users.push([randomUUID(), healthCenterId, `leder.sundhed@${LARGE_DOMAIN}`, "Søren Sundhedsleder", "MANAGER", []]);
  users.push([randomUUID(), healthCenterId, `visitator@${LARGE_DOMAIN}`, "Vera Visitator", "VISITATOR", []]);
  users.push([randomUUID(), jobcenterId, `koordinator@${LARGE_DOMAIN}`, "Kaj Koordinator", "COORDINATOR", []]);
  users.push([randomUUID(), null, `admin@${LARGE_DOMAIN}`, "Anna Administrator", "ADMIN", []]);
  await client.query(
    `INSERT INTO "User" (id, "organisationId", "departmentId", email, name, role, "competenceTags", "passwordHash", "updatedAt")
     SELECT u.id, $1, u.dep, u.email, u.name, u.role::"Role", ARRAY(SELECT jsonb_array_elements_text(u.tags)), $2, now()
     FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[]) AS u(id, dep, email, name, role, tags)`,
    [organisationId, passwordHash, ...[0, 1, 2, 3, 4].map((i) => users.map((u) => u[i])), users.map((u) => JSON.stringify(u[5]))],
  );

  const programmes = PROGRAMMES.map((p) => ({ id: randomUUID(), group: p.group, weeks: p.weeks }));
  await client.query(
    `INSERT INTO "Programme" (id, "organisationId", "departmentId", name, description, "targetGroup", format, weeks, "hoursPerWeek", capacity, "priceDkk", "conditionTags", "updatedAt")
     SELECT p.id, $1, $2, p.name, 'Holdforløb i sundhedscentret med træning og undervisning.', 'Sygemeldte borgere med ' || lower(p.grp),
            'GROUP', p.weeks, 3, 400, 6500, ARRAY(SELECT jsonb_array_elements_text(p.tags)), now()
     FROM unnest($3::text[], $4::text[], $5::text[], $6::int[], $7::jsonb[]) AS p(id, name, grp, weeks, tags)`,
    [
      organisationId,
      healthCenterId,
      programmes.map((p) => p.id),
      PROGRAMMES.map((p) => p.name),
      PROGRAMMES.map((p) => p.group),
      PROGRAMMES.map((p) => p.weeks),
      PROGRAMMES.map((p) => JSON.stringify(p.tags)),
    ],
  );

  // Open cases go to caseworkers by their loads; closed cases to any caseworker.
  const owner = new Map<string, string>();
  let k = 0;
  let left = loads[0]!;
  for (const c of open) {
    while (left === 0) left = loads[++k]!;
    owner.set(c.id, caseworkers[k]!);
    left--;
  }
  const seen = new Set<string>();
  const BATCH = 5000;
  for (let b = 0; b < cases.length; b += BATCH) {
    const slice = cases.slice(b, b + BATCH);
    const citizens: unknown[][] = [];
    const rows: unknown[][] = [];
    for (const c of slice) {
      const birth = addDays(c.first, -r.int(20 * 365, 64 * 365));
      let cpr = fakeCpr(r, birth);
      while (seen.has(cpr)) cpr = fakeCpr(r, birth);
      seen.add(cpr);
      const firstName = r.pick(FIRST_NAMES);
      const lastName = r.pick(LAST_NAMES);
      const employer = r.chance(0.75) ? r.pick(EMPLOYERS) : null;
      citizens.push([
        c.citizenId,
        encryptCpr(cpr),
        cprBlindIndex(cpr),
        isoDay(birth),
        firstName,
        lastName,
        `+45 ${r.int(20, 99)} ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}`,
        `${r.pick(STREETS)} ${r.int(1, 120)}, 7400 Storkøbing`,
        employer?.name ?? null,
        employer ? r.pick(employer.occupations) : null,
        employer?.industry ?? null,
        employer ? "EMPLOYEE" : r.chance(0.6) ? "UNEMPLOYED" : "SELF_EMPLOYED",
        isoDay(c.first),
      ]);
      const closed = !c.open;
      const reason = closed
        ? r.chance(0.7)
          ? "FULL_RETURN_TO_WORK"
          : r.pick(["BENEFIT_PERIOD_ENDED", "TRANSFERRED_TO_OTHER_BENEFIT", "MOVED", "OTHER"])
        : null;
      rows.push([
        c.id,
        c.citizenId,
        owner.get(c.id) ?? r.pick(caseworkers),
        isoDay(c.first),
        c.group,
        r.pick(DIAGNOSIS_DETAILS[c.group]),
        closed ? "CLOSED" : c.partial ? "PARTIAL_RETURN" : "ACTIVE",
        c.partial ? r.pick([10, 15, 20, 25]) : null,
        closed ? isoDay(c.end) : null,
        reason,
      ]);
    }
    await client.query(
      `INSERT INTO "Citizen" (id, "organisationId", "cprEncrypted", "cprIndex", "birthDate", "firstName", "lastName", phone, address,
         "employerName", occupation, industry, "employmentStatus", "createdAt", "updatedAt")
       SELECT c.id, $1, c.enc, c.idx, c.birth, c.fn, c.ln, c.phone, c.addr, c.emp, c.occ, c.ind, c.st::"EmploymentStatus", c.created, c.created
       FROM unnest($2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[],
                   $12::text[], $13::text[], $14::timestamp[]) AS c(id, enc, idx, birth, fn, ln, phone, addr, emp, occ, ind, st, created)`,
      [organisationId, ...citizens[0]!.map((_, i) => citizens.map((x) => x[i]))],
    );
    await client.query(
      `INSERT INTO "SickLeaveCase" (id, "organisationId", "departmentId", "citizenId", "caseworkerId", "firstAbsenceDay", "diagnosisGroup",
         "diagnosisDetail", status, "partialHoursPerWeek", "closedOn", "closingReason", "createdAt", "updatedAt")
       SELECT c.id, $1, $2, c.cit, c.cw, c.first, c.grp::"DiagnosisGroup", c.detail, c.st::"CaseStatus", c.hours, c.closed,
              c.reason::"ClosingReason", c.first + interval '2 days 9 hours', coalesce(c.closed, c.first) + interval '10 hours'
       FROM unnest($3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::text[], $9::text[], $10::numeric[], $11::date[], $12::text[])
         AS c(id, cit, cw, first, grp, detail, st, hours, closed, reason)`,
      [organisationId, jobcenterId, ...rows[0]!.map((_, i) => rows.map((x) => x[i]))],
    );
    onProgress(slice.length);
  }
  return {
    organisationId,
    jobcenterId,
    healthCenterId,
    caseworkers,
    therapists,
    openCases: open.length,
    caseIds: cases.map((c) => c.id),
    programmes,
  };
}
