// Factories for programme and referral tests: a programme with a checklist, a second health-center
// department with its own staff, and a referral created through the real use case (so that its
// snapshot, event and log are exactly what production writes).
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import type { ReferralStatus } from "@/lib/db/generated/client";
import type { Answer } from "@/lib/referrals/eligibility";
import { createReferral } from "@/lib/domain/referrals/create-referral";
import { transitionReferral } from "@/lib/domain/referrals/transition-referral";
import type { ReferralAction } from "@/lib/referrals/transitions";
import type { OrgFixture } from "./core";

export async function createProgrammeWithCriteria(
  db: Db,
  f: OrgFixture,
  over: {
    name?: string;
    capacity?: number;
    active?: boolean;
    departmentId?: string;
    conditionTags?: string[];
    criteria?: [string, boolean][];
  } = {},
) {
  const criteria = over.criteria ?? [
    ["Sygemeldt pga. lænderygsmerter", true],
    ["Kan deltage to gange om ugen", true],
    ["Motiveret for holdtræning", false],
  ];
  return db.programme.create({
    data: {
      organisationId: f.org.id,
      departmentId: over.departmentId ?? f.healthCenter.id,
      name: over.name ?? `Rygskole ${randomUUID().slice(0, 4)}`,
      description: "Undervisning og træning for borgere med lænderygsmerter",
      targetGroup: "Sygemeldte med lænderygsmerter",
      format: "GROUP",
      weeks: 8,
      hoursPerWeek: 3,
      capacity: over.capacity ?? 12,
      priceDkk: 7800,
      active: over.active ?? true,
      conditionTags: over.conditionTags ?? ["back", "pain"],
      criteria: { create: criteria.map(([text, required], position) => ({ text, required, position })) },
    },
    include: { criteria: { orderBy: { position: "asc" } } },
  });
}

export type ProgrammeFixture = Awaited<ReturnType<typeof createProgrammeWithCriteria>>;

/** Answers for every criterion (YES unless overridden by criterion index). */
export function answersFor(p: ProgrammeFixture, over: Record<number, Answer> = {}): Record<string, Answer> {
  return Object.fromEntries(p.criteria.map((c, i) => [c.id, over[i] ?? "YES"]));
}

/** A second department of `kind` in the same organisation with one actor of `role`. */
export async function otherDepartmentActor(
  db: Db,
  f: OrgFixture,
  kind: "JOBCENTER" | "HEALTH_CENTER",
  role: Actor["role"],
  competenceTags: string[] = [],
): Promise<Actor> {
  const dept = await db.department.create({ data: { organisationId: f.org.id, kind, name: `${kind} 2 ${randomUUID().slice(0, 4)}` } });
  const u = await db.user.create({
    data: {
      organisationId: f.org.id,
      departmentId: dept.id,
      email: `${role.toLowerCase()}-${randomUUID()}@test.dk`,
      name: `${role} afd. 2`,
      role,
      competenceTags,
    },
  });
  return { userId: u.id, organisationId: f.org.id, role, departmentId: dept.id, departmentKind: kind, name: u.name, sessionId: "test" };
}

const PATH: Record<ReferralStatus, ReferralAction[]> = {
  SUBMITTED: [],
  ACCEPTED: ["accept"],
  WAITLISTED: ["waitlist"],
  REJECTED: ["reject"],
  STARTED: ["accept", "start"],
  COMPLETED: ["accept", "start", "complete"],
  DROPPED: ["accept", "start", "drop"],
  RETURNED: ["accept", "start", "return"],
};

/** A referral on `caseId` to `p`, moved to `status` through the real use cases. */
export async function referralIn(f: OrgFixture, p: ProgrammeFixture, caseId: string, status: ReferralStatus = "SUBMITTED") {
  const { id } = await createReferral(f.actors.caseworker, {
    caseId,
    programmeId: p.id,
    reason: "Lænderygsmerter, arbejder som lagermedarbejder",
    overrideJustification: null,
    criterionIds: p.criteria.map((c) => c.id),
    answers: answersFor(p),
  });
  let version = 1;
  for (const action of PATH[status]) {
    const r = await transitionReferral(f.actors.visitator, { referralId: id, version, action, reason: "Begrundelse for ændringen" });
    version = r.version;
  }
  return { id, version };
}
