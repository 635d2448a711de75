// Minimal factories for the foundation tests: an organisation with both departments and one
// user per role, citizens with encrypted CPR, and cases. Returns actors ready for domain calls.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import type { Role, DiagnosisGroup } from "@/lib/db/generated/client";
import { cprBlindIndex, encryptCpr } from "@/lib/crypto/cpr";
import { parseCpr } from "@/lib/validation/cpr";

let serial = 0;

export type OrgFixture = Awaited<ReturnType<typeof createOrg>>;

export async function createOrg(db: Db, name = `Kommune ${++serial}`) {
  const org = await db.organisation.create({ data: { name } });
  const jc = await db.department.create({ data: { organisationId: org.id, kind: "JOBCENTER", name: `${name} Jobcenter` } });
  const hc = await db.department.create({ data: { organisationId: org.id, kind: "HEALTH_CENTER", name: `${name} Sundhed` } });
  const make = async (
    role: Role,
    kind: "JOBCENTER" | "HEALTH_CENTER" | null,
    extra: { competenceTags?: string[] } = {},
  ): Promise<Actor> => {
    const dept = kind === "JOBCENTER" ? jc : kind === "HEALTH_CENTER" ? hc : null;
    const u = await db.user.create({
      data: {
        organisationId: org.id,
        departmentId: dept?.id ?? null,
        email: `${role.toLowerCase()}-${randomUUID()}@test.dk`,
        name: `${role} ${serial}`,
        role,
        competenceTags: extra.competenceTags ?? [],
      },
    });
    return {
      userId: u.id,
      organisationId: org.id,
      role,
      departmentId: dept?.id ?? null,
      departmentKind: dept?.kind ?? null,
      name: u.name,
      sessionId: "test",
    };
  };
  const actors = {
    caseworker: await make("CASEWORKER", "JOBCENTER"),
    therapist: await make("THERAPIST", "HEALTH_CENTER", { competenceTags: ["back"] }),
    visitator: await make("VISITATOR", "HEALTH_CENTER"),
    coordinator: await make("COORDINATOR", "JOBCENTER"),
    manager: await make("MANAGER", "JOBCENTER"),
    admin: await make("ADMIN", null),
  };
  return { org, jobcenter: jc, healthCenter: hc, actors, makeActor: make };
}

let cprSeq = 1000;
/** A syntactically valid, unique CPR number (born 1980). */
export function nextCpr(): string {
  const n = cprSeq++;
  const day = String((n % 28) + 1).padStart(2, "0");
  return `${day}0580${String(n % 4)}${String(n).padStart(3, "0").slice(-3)}`;
}

export async function createCitizen(db: Db, organisationId: string, over: { firstName?: string; lastName?: string; cpr?: string } = {}) {
  const cpr = over.cpr ?? nextCpr();
  const parsed = parseCpr(cpr);
  if (!parsed.ok) throw new Error(`bad test CPR ${cpr}`);
  return db.citizen.create({
    data: {
      organisationId,
      cprEncrypted: encryptCpr(parsed.cpr),
      cprIndex: cprBlindIndex(parsed.cpr),
      birthDate: parsed.birthDate,
      firstName: over.firstName ?? "Test",
      lastName: over.lastName ?? `Borger${cprSeq}`,
    },
  });
}

export async function createCase(
  db: Db,
  f: OrgFixture,
  over: { citizenId?: string; firstAbsenceDay?: Date; diagnosisGroup?: DiagnosisGroup; caseworkerId?: string } = {},
) {
  const citizenId = over.citizenId ?? (await createCitizen(db, f.org.id)).id;
  const firstAbsenceDay = over.firstAbsenceDay ?? new Date(Date.UTC(2026, 8, 1));
  const caseworkerId = over.caseworkerId ?? f.actors.caseworker.userId;
  return db.sickLeaveCase.create({
    data: {
      organisationId: f.org.id,
      departmentId: f.jobcenter.id,
      citizenId,
      caseworkerId,
      firstAbsenceDay,
      diagnosisGroup: over.diagnosisGroup ?? "MUSCULOSKELETAL",
      statusChanges: { create: [{ status: "ACTIVE", effectiveOn: firstAbsenceDay, changedById: caseworkerId }] },
    },
  });
}

export async function grantConsent(
  db: Db,
  f: OrgFixture,
  citizenId: string,
  scopes: ("HEALTH_TO_JOBCENTER" | "JOBCENTER_TO_HEALTH")[],
  over: { validFrom?: Date; validUntil?: Date | null } = {},
) {
  return db.consent.create({
    data: {
      organisationId: f.org.id,
      citizenId,
      healthToJobcenter: scopes.includes("HEALTH_TO_JOBCENTER"),
      jobcenterToHealth: scopes.includes("JOBCENTER_TO_HEALTH"),
      method: "WRITTEN",
      recordedById: f.actors.caseworker.userId,
      validFrom: over.validFrom ?? new Date(Date.now() - 86_400_000),
      validUntil: over.validUntil ?? null,
    },
  });
}
