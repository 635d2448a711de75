// The demo municipality: departments, one demo user per role plus colleagues, ~60 citizens and
// their sick-leave cases over the last 12 months; and a neighbouring municipality whose records
// must never be visible to the demo users (used by the access tests).
import type { Tx } from "@/lib/domain/scoped-finders";
import { hashPassword } from "@/lib/auth/password";
import { cprBlindIndex, encryptCpr } from "@/lib/crypto/cpr";
import { parseCpr } from "@/lib/validation/cpr";
import { addDays } from "@/lib/rules/dates";
import type { CaseStatus, ClosingReason, DiagnosisGroup, EmploymentStatus, Prisma } from "@/lib/db/generated/client";
import { DEMO_PASSWORD, DEMO_USERS, LOCKED_DEMO_USER } from "../demo-users";
import { DIAGNOSIS_DETAILS, EMPLOYERS, FIRST_NAMES, LAST_NAMES, STREETS, fakeCpr, rng, type Rng } from "./random";

export const DEMO_ORG_NAME = "Samspil Demo Kommune";
export const OTHER_ORG_CASE_ID = "00000000-0000-4000-8000-000000000099";

export type SeedContext = {
  /** The seed's one transaction (prisma/seed/run.ts): a failure anywhere leaves nothing behind. */
  db: Tx;
  today: Date;
  r: Rng;
  organisationId: string;
  jobcenterId: string;
  healthCenterId: string;
  users: Record<string, string>; // email → id
  caseIds: string[];
};

/**
 * The facts of a demo case's story that the later steps (follow-ups, the 2014 rule facts, referrals)
 * keep consistent with.
 */
export const caseStorySelect = {
  id: true,
  caseworkerId: true,
  firstAbsenceDay: true,
  status: true,
  closedOn: true,
  diagnosisGroup: true,
} satisfies Prisma.SickLeaveCaseSelect;

/**
 * The demo organisation's live cases in the order they were created: their story facts and what
 * `more` selects (named in the type arguments, so that the rows are typed with it).
 */
export function demoCases<S extends Prisma.SickLeaveCaseSelect>(ctx: SeedContext, more: S) {
  return ctx.db.sickLeaveCase.findMany<{
    where: Prisma.SickLeaveCaseWhereInput;
    orderBy: Prisma.SickLeaveCaseOrderByWithRelationInput;
    select: typeof caseStorySelect & S;
  }>({
    where: { organisationId: ctx.organisationId, voidedAt: null },
    orderBy: { createdAt: "asc" },
    select: { ...caseStorySelect, ...more },
  });
}

type CitizenSeed = {
  first: string;
  last: string;
  birth: Date;
  status: EmploymentStatus;
  employer?: (typeof EMPLOYERS)[number];
  occupation?: string;
};

function citizenSeed(r: Rng, today: Date): CitizenSeed {
  const age = r.int(22, 64);
  const birth = new Date(Date.UTC(today.getUTCFullYear() - age, r.int(0, 11), r.int(1, 28)));
  const status: EmploymentStatus = r.chance(0.75) ? "EMPLOYEE" : r.chance(0.6) ? "UNEMPLOYED" : "SELF_EMPLOYED";
  const employer = status === "EMPLOYEE" ? r.pick(EMPLOYERS) : undefined;
  return {
    first: r.pick(FIRST_NAMES),
    last: r.pick(LAST_NAMES),
    birth,
    status,
    employer,
    occupation: employer ? r.pick(employer.occupations) : undefined,
  };
}

async function createCitizen(db: Tx, organisationId: string, r: Rng, s: CitizenSeed) {
  for (;;) {
    const cpr = fakeCpr(r, s.birth);
    const parsed = parseCpr(cpr);
    if (!parsed.ok) continue;
    const index = cprBlindIndex(cpr);
    const exists = await db.citizen.findUnique({
      where: { organisationId_cprIndex: { organisationId, cprIndex: index } },
      select: { id: true },
    });
    if (exists) continue;
    const phone = `+45 ${r.int(20, 99)} ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}`;
    return db.citizen.create({
      data: {
        organisationId,
        cprEncrypted: encryptCpr(cpr),
        cprIndex: index,
        birthDate: parsed.birthDate,
        firstName: s.first,
        lastName: s.last,
        phone,
        email: `${s.first}.${s.last}${r.int(1, 99)}@example.dk`.toLowerCase().replace(/ø/g, "oe").replace(/æ/g, "ae").replace(/å/g, "aa"),
        address: `${r.pick(STREETS)} ${r.int(1, 120)}, 7400 Herning`,
        employmentStatus: s.status,
        employerName: s.employer?.name ?? null,
        employerContactName: s.employer ? `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}` : null,
        employerPhone: s.employer ? `+45 ${r.int(70, 99)} ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}` : null,
        occupation: s.occupation ?? null,
        industry: s.employer?.industry ?? null,
      },
      select: { id: true },
    });
  }
}

export async function seedBase(db: Tx, today: Date): Promise<SeedContext> {
  const r = rng(20261122);
  const org = await db.organisation.create({ data: { name: DEMO_ORG_NAME, jurisdiction: "DK" } });
  const jc = await db.department.create({ data: { organisationId: org.id, kind: "JOBCENTER", name: "Jobcenter Demo" } });
  const hc = await db.department.create({ data: { organisationId: org.id, kind: "HEALTH_CENTER", name: "Sundhedscenter Demo" } });
  const deptId = (k: "JOBCENTER" | "HEALTH_CENTER" | null) => (k === "JOBCENTER" ? jc.id : k === "HEALTH_CENTER" ? hc.id : null);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: Record<string, string> = {};
  const colleagues = [
    { email: "sagsbehandler2@samspil.test", name: "Rikke Dalgaard", role: "CASEWORKER" as const, department: "JOBCENTER" as const },
    {
      email: "terapeut2@samspil.test",
      name: "Sofie Krogh",
      role: "THERAPIST" as const,
      department: "HEALTH_CENTER" as const,
      tags: ["knee", "hip", "stress"],
    },
    { email: "leder.sundhed@samspil.test", name: "Birthe Vang", role: "MANAGER" as const, department: "HEALTH_CENTER" as const },
  ];
  for (const u of [...DEMO_USERS, ...colleagues]) {
    const created = await db.user.create({
      data: {
        organisationId: org.id,
        departmentId: deptId(u.department),
        email: u.email,
        name: u.name,
        role: u.role,
        competenceTags: u.tags ?? [],
        passwordHash,
        // The demo users may also try the municipal SSO when one is configured (README "SSO").
        signInMethod: "BOTH",
      },
      select: { id: true },
    });
    users[u.email] = created.id;
  }
  // A colleague locked out after ten failed sign-ins (see LOCKED_DEMO_USER). A real lock lasts
  // LOGIN_LOCK_MINUTES; this one lasts 30 days so that the demo (and its end-to-end test of the
  // administrator's unlock) finds the account still locked whenever it runs after seeding.
  users[LOCKED_DEMO_USER.email] = (
    await db.user.create({
      data: {
        organisationId: org.id,
        departmentId: hc.id,
        email: LOCKED_DEMO_USER.email,
        name: LOCKED_DEMO_USER.name,
        role: "MANAGER",
        passwordHash,
        lockedUntil: addDays(today, 30),
      },
      select: { id: true },
    })
  ).id;
  const caseworkers = [users["sagsbehandler@samspil.test"]!, users["sagsbehandler2@samspil.test"]!];
  const ctx: SeedContext = { db, today, r, organisationId: org.id, jobcenterId: jc.id, healthCenterId: hc.id, users, caseIds: [] };

  for (let i = 0; i < 60; i++) {
    const citizen = await createCitizen(db, org.id, r, citizenSeed(r, today));
    const group: DiagnosisGroup = i % 3 === 0 ? "MENTAL" : i % 3 === 1 ? "MUSCULOSKELETAL" : "OTHER";
    const firstAbsenceDay = addDays(today, -r.int(10, 360));
    const ageDays = (today.getTime() - firstAbsenceDay.getTime()) / 86_400_000;
    let status: CaseStatus = "ACTIVE";
    let closedOn: Date | null = null;
    let closingReason: ClosingReason | null = null;
    if (ageDays > 120 && r.chance(0.55)) {
      status = "CLOSED";
      closedOn = addDays(firstAbsenceDay, r.int(40, Math.min(300, Math.floor(ageDays) - 1)));
      closingReason = r.chance(0.7)
        ? "FULL_RETURN_TO_WORK"
        : r.pick(["BENEFIT_PERIOD_ENDED", "TRANSFERRED_TO_OTHER_BENEFIT", "MOVED"] as const);
    } else if (ageDays > 50 && r.chance(0.3)) status = "PARTIAL_RETURN";
    const caseworkerId = i < 40 ? caseworkers[0]! : caseworkers[1]!;
    const partialSince = status === "PARTIAL_RETURN" ? addDays(firstAbsenceDay, Math.floor(ageDays / 2)) : null;
    const c = await db.sickLeaveCase.create({
      data: {
        organisationId: org.id,
        departmentId: jc.id,
        citizenId: citizen.id,
        caseworkerId,
        firstAbsenceDay,
        diagnosisGroup: group,
        diagnosisDetail: r.pick(DIAGNOSIS_DETAILS[group]),
        status,
        partialHoursPerWeek: status === "PARTIAL_RETURN" ? r.pick([10, 15, 20, 25]) : null,
        closedOn,
        closingReason,
        statusChanges: {
          create: [
            { status: "ACTIVE", effectiveOn: firstAbsenceDay, changedById: caseworkerId },
            ...(partialSince
              ? [{ status: "PARTIAL_RETURN" as const, effectiveOn: partialSince, hoursPerWeek: 15, changedById: caseworkerId }]
              : []),
            ...(closedOn ? [{ status: "CLOSED" as const, effectiveOn: closedOn, closingReason, changedById: caseworkerId }] : []),
          ],
        },
      },
      select: { id: true },
    });
    ctx.caseIds.push(c.id);
    // A third of the open cases have consent to share with the health center.
    if (status !== "CLOSED" && i % 3 !== 2) {
      await db.consent.create({
        data: {
          organisationId: org.id,
          citizenId: citizen.id,
          jobcenterToHealth: true,
          healthToJobcenter: true,
          method: r.pick(["WRITTEN", "DIGITAL"] as const),
          purpose: "Samarbejde om sygedagpengesagen og genoptræningen",
          recordedById: caseworkerId,
          validFrom: new Date(firstAbsenceDay.getTime() + 7 * 86_400_000),
        },
      });
    }
  }
  await seedNeighbour(db, today, passwordHash);
  return ctx;
}

/** A second municipality: its records must never show up for the demo users. */
async function seedNeighbour(db: Tx, today: Date, passwordHash: string) {
  const r = rng(7);
  const org = await db.organisation.create({ data: { name: "Nabo Kommune", jurisdiction: "DK" } });
  const jc = await db.department.create({ data: { organisationId: org.id, kind: "JOBCENTER", name: "Jobcenter Nabo" } });
  await db.department.create({ data: { organisationId: org.id, kind: "HEALTH_CENTER", name: "Sundhedscenter Nabo" } });
  const cw = await db.user.create({
    data: {
      organisationId: org.id,
      departmentId: jc.id,
      email: "sagsbehandler@nabo.test",
      name: "Nabo Sagsbehandler",
      role: "CASEWORKER",
      passwordHash,
    },
  });
  for (let i = 0; i < 5; i++) {
    const citizen = await createCitizen(db, org.id, r, citizenSeed(r, today));
    const firstAbsenceDay = addDays(today, -r.int(20, 200));
    await db.sickLeaveCase.create({
      data: {
        ...(i === 0 ? { id: OTHER_ORG_CASE_ID } : {}),
        organisationId: org.id,
        departmentId: jc.id,
        citizenId: citizen.id,
        caseworkerId: cw.id,
        firstAbsenceDay,
        diagnosisGroup: "MUSCULOSKELETAL",
        diagnosisDetail: "Lændesmerter",
        statusChanges: { create: [{ status: "ACTIVE", effectiveOn: firstAbsenceDay, changedById: cw.id }] },
      },
    });
  }
}
