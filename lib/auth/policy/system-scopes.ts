// Organisation-wide scopes of system jobs (lib/domain/run-system-job.ts): no person asks, so the
// scope is the organisation; what such a job may hand to a person is decided by the use case that
// runs it (aggregates, or names only under consent — ADR 0008, 0014, 0016, 0017).
import type { Prisma } from "@/lib/db/generated/client";

/**
 * Organisation-wide scopes for system jobs that act for no person (the daily deadline job, the
 * recompute after an administrator's rule change; lib/domain/run-system-job.ts). They fence the
 * organisation and nothing else; no person-level data leaves such a job.
 */
export const SYSTEM_SCOPES = {
  organisation: (organisationId: string): Prisma.OrganisationWhereInput => ({ id: organisationId }),
  ruleSet: (organisationId: string): Prisma.RuleSetWhereInput => ({ organisationId }),
  sickLeaveCase: (organisationId: string): Prisma.SickLeaveCaseWhereInput => ({ organisationId }),
  // The weekly agenda's suggestions (issue 12, ADR 0017) look across both departments; the use case
  // names a citizen only under consent in both directions (consentsCoverBothDirections).
  referral: (organisationId: string): Prisma.ReferralWhereInput => ({ organisationId }),
  rehabPlan: (organisationId: string): Prisma.RehabPlanWhereInput => ({ organisationId }),
  returnToWorkPlan: (organisationId: string): Prisma.ReturnToWorkPlanWhereInput => ({ organisationId }),
  conferenceFlag: (organisationId: string): Prisma.ConferenceFlagWhereInput => ({ organisationId }),
  consent: (organisationId: string): Prisma.ConsentWhereInput => ({ organisationId }),
  citizen: (organisationId: string): Prisma.CitizenWhereInput => ({ organisationId }),
  // Goal corrections count as rehab activity for the agenda's "stalled" suggestion (ADR 0017).
  recordVersion: (organisationId: string): Prisma.RecordVersionWhereInput => ({ organisationId }),
  // Effect-study results (aggregates only leave the use case; ADR 0016).
  effectStudy: (organisationId: string): Prisma.EffectStudyWhereInput => ({ organisationId }),
  studyAllocation: (organisationId: string): Prisma.StudyAllocationWhereInput => ({ organisationId }),
} as const;

export type SystemModel = keyof typeof SYSTEM_SCOPES;
