-- CreateEnum
CREATE TYPE "DepartmentKind" AS ENUM ('JOBCENTER', 'HEALTH_CENTER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CASEWORKER', 'THERAPIST', 'VISITATOR', 'COORDINATOR', 'MANAGER', 'ADMIN');

-- CreateEnum
CREATE TYPE "EmploymentStatus" AS ENUM ('EMPLOYEE', 'UNEMPLOYED', 'SELF_EMPLOYED');

-- CreateEnum
CREATE TYPE "DiagnosisGroup" AS ENUM ('MENTAL', 'MUSCULOSKELETAL', 'OTHER');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('ACTIVE', 'PARTIAL_RETURN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ClosingReason" AS ENUM ('FULL_RETURN_TO_WORK', 'BENEFIT_PERIOD_ENDED', 'TRANSFERRED_TO_OTHER_BENEFIT', 'MOVED', 'DECEASED', 'OTHER');

-- CreateEnum
CREATE TYPE "ExemptionReason" AS ENUM ('TERMINAL_ILLNESS', 'PREGNANCY_RELATED', 'IMMINENT_RETURN', 'TREATMENT_PREVENTS_PARTICIPATION');

-- CreateEnum
CREATE TYPE "FollowUpMode" AS ENUM ('IN_PERSON', 'PHONE', 'VIDEO', 'AT_WORKPLACE', 'AT_HEALTH_CENTER', 'ROUNDTABLE');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED', 'MISSED');

-- CreateEnum
CREATE TYPE "Participant" AS ENUM ('CITIZEN', 'CASEWORKER', 'THERAPIST', 'EMPLOYER', 'GP');

-- CreateEnum
CREATE TYPE "ConsentScope" AS ENUM ('HEALTH_TO_JOBCENTER', 'JOBCENTER_TO_HEALTH', 'SHARE_WITH_EMPLOYER');

-- CreateEnum
CREATE TYPE "ConsentMethod" AS ENUM ('WRITTEN', 'VERBAL', 'DIGITAL');

-- CreateEnum
CREATE TYPE "ProgrammeFormat" AS ENUM ('GROUP', 'INDIVIDUAL');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'WAITLISTED', 'REJECTED', 'STARTED', 'COMPLETED', 'DROPPED', 'RETURNED');

-- CreateEnum
CREATE TYPE "RtwPlanStatus" AS ENUM ('DRAFT', 'ACTIVE', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('PROPOSED', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "AidStatus" AS ENUM ('REQUESTED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "AccessAction" AS ENUM ('VIEW', 'CREATE', 'UPDATE', 'EXPORT');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "jurisdiction" TEXT NOT NULL DEFAULT 'DK',
    "aidMandateDkk" INTEGER NOT NULL DEFAULT 10000,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Department" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "kind" "DepartmentKind" NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "departmentId" TEXT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "competenceTags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "passwordHash" TEXT,
    "externalId" TEXT,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citizen" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "cprEncrypted" TEXT NOT NULL,
    "cprIndex" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "address" TEXT,
    "employerName" TEXT,
    "employerContactName" TEXT,
    "employerPhone" TEXT,
    "employerEmail" TEXT,
    "occupation" TEXT,
    "industry" TEXT,
    "employmentStatus" "EmploymentStatus" NOT NULL DEFAULT 'EMPLOYEE',
    "version" INTEGER NOT NULL DEFAULT 1,
    "voidedAt" TIMESTAMP(3),
    "voidReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Citizen_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SickLeaveCase" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "citizenId" TEXT NOT NULL,
    "caseworkerId" TEXT NOT NULL,
    "firstAbsenceDay" DATE NOT NULL,
    "diagnosisGroup" "DiagnosisGroup" NOT NULL,
    "diagnosisDetail" TEXT,
    "status" "CaseStatus" NOT NULL DEFAULT 'ACTIVE',
    "partialHoursPerWeek" DECIMAL(4,1),
    "closedOn" DATE,
    "closingReason" "ClosingReason",
    "nextDeadlineOn" DATE,
    "nextDeadlineKind" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "voidedAt" TIMESTAMP(3),
    "voidReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SickLeaveCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseStatusChange" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "status" "CaseStatus" NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "hoursPerWeek" DECIMAL(4,1),
    "closingReason" "ClosingReason",
    "note" TEXT,
    "changedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseExemption" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "reason" "ExemptionReason" NOT NULL,
    "fromOn" DATE NOT NULL,
    "untilOn" DATE,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "voidedAt" TIMESTAMP(3),
    "voidReason" TEXT,

    CONSTRAINT "CaseExemption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "dueOn" DATE,
    "scheduledAt" TIMESTAMP(3),
    "heldAt" TIMESTAMP(3),
    "mode" "FollowUpMode" NOT NULL,
    "participants" "Participant"[] DEFAULT ARRAY[]::"Participant"[],
    "summary" TEXT,
    "agreements" TEXT,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'PLANNED',
    "statusReason" TEXT,
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "voidedAt" TIMESTAMP(3),
    "voidReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordVersion" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "reason" TEXT,
    "changedById" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RuleSet" (
    "id" TEXT NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "parameters" JSONB NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RuleSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "citizenId" TEXT NOT NULL,
    "scopes" "ConsentScope"[],
    "employerDetails" TEXT,
    "method" "ConsentMethod" NOT NULL,
    "recordedById" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validUntil" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "targetGroup" TEXT NOT NULL,
    "format" "ProgrammeFormat" NOT NULL,
    "rollingAdmission" BOOLEAN NOT NULL DEFAULT false,
    "weeks" INTEGER NOT NULL,
    "hoursPerWeek" DECIMAL(4,1) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "priceDkk" INTEGER NOT NULL,
    "conditionTags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeCriterion" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "ProgrammeCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "citizenId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "referredById" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "overrideJustification" TEXT,
    "conditionTags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "ReferralStatus" NOT NULL DEFAULT 'SUBMITTED',
    "statusReason" TEXT,
    "assignedTherapistId" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMP(3),
    "waitlistedAt" TIMESTAMP(3),
    "rejectedAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "droppedAt" TIMESTAMP(3),
    "returnedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralEvent" (
    "id" TEXT NOT NULL,
    "referralId" TEXT NOT NULL,
    "fromStatus" "ReferralStatus",
    "toStatus" "ReferralStatus" NOT NULL,
    "reason" TEXT,
    "byId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferralEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RehabPlan" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "citizenId" TEXT NOT NULL,
    "referralId" TEXT,
    "therapistId" TEXT NOT NULL,
    "condition" TEXT NOT NULL,
    "bodyRegion" TEXT NOT NULL,
    "hospitalPlanReceivedOn" DATE,
    "standardPackage" TEXT,
    "startOn" DATE NOT NULL,
    "endOn" DATE,
    "firstConversation" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "voidedAt" TIMESTAMP(3),
    "voidReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RehabPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RehabGoal" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "baseline" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "achievedOn" DATE,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "voidedAt" TIMESTAMP(3),

    CONSTRAINT "RehabGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HomeExercise" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "repetitions" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "HomeExercise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdherenceEntry" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "done" BOOLEAN NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdherenceEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressNote" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "writtenOn" DATE NOT NULL,
    "text" TEXT NOT NULL,
    "selfRatedHealth" INTEGER NOT NULL,
    "pain" INTEGER NOT NULL,
    "workAbility" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "voidedAt" TIMESTAMP(3),
    "voidReason" TEXT,

    CONSTRAINT "ProgressNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReturnToWorkPlan" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "status" "RtwPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "employerContact" TEXT NOT NULL,
    "startOn" DATE NOT NULL,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReturnToWorkPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RtwWeek" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "weekNumber" INTEGER NOT NULL,
    "plannedHours" DECIMAL(4,1) NOT NULL,
    "plannedDays" INTEGER NOT NULL,
    "pattern" TEXT,
    "actualHours" DECIMAL(4,1),
    "note" TEXT,

    CONSTRAINT "RtwWeek_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RtwProposal" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "proposedById" TEXT NOT NULL,
    "weeks" JSONB NOT NULL,
    "note" TEXT,
    "status" "ProposalStatus" NOT NULL DEFAULT 'PROPOSED',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RtwProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkplaceAid" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "item" TEXT NOT NULL,
    "amountDkk" INTEGER NOT NULL,
    "status" "AidStatus" NOT NULL DEFAULT 'REQUESTED',
    "requestedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedRole" "Role",
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkplaceAid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessLog" (
    "id" BIGSERIAL NOT NULL,
    "organisationId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT NOT NULL,
    "actorRole" "Role" NOT NULL,
    "actorDepartment" "DepartmentKind",
    "citizenId" TEXT,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT,
    "action" "AccessAction" NOT NULL,
    "crossDepartment" BOOLEAN NOT NULL DEFAULT false,
    "consentId" TEXT,
    "details" JSONB,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AccessLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Department_organisationId_idx" ON "Department"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_externalId_key" ON "User"("externalId");

-- CreateIndex
CREATE INDEX "User_organisationId_role_idx" ON "User"("organisationId", "role");

-- CreateIndex
CREATE INDEX "UserSession_userId_idx" ON "UserSession"("userId");

-- CreateIndex
CREATE INDEX "Citizen_organisationId_lastName_firstName_idx" ON "Citizen"("organisationId", "lastName", "firstName");

-- CreateIndex
CREATE UNIQUE INDEX "Citizen_organisationId_cprIndex_key" ON "Citizen"("organisationId", "cprIndex");

-- CreateIndex
CREATE INDEX "SickLeaveCase_organisationId_caseworkerId_status_idx" ON "SickLeaveCase"("organisationId", "caseworkerId", "status");

-- CreateIndex
CREATE INDEX "SickLeaveCase_organisationId_status_nextDeadlineOn_idx" ON "SickLeaveCase"("organisationId", "status", "nextDeadlineOn");

-- CreateIndex
CREATE INDEX "SickLeaveCase_citizenId_idx" ON "SickLeaveCase"("citizenId");

-- CreateIndex
CREATE INDEX "CaseStatusChange_caseId_effectiveOn_idx" ON "CaseStatusChange"("caseId", "effectiveOn");

-- CreateIndex
CREATE INDEX "CaseExemption_caseId_idx" ON "CaseExemption"("caseId");

-- CreateIndex
CREATE INDEX "FollowUp_caseId_status_idx" ON "FollowUp"("caseId", "status");

-- CreateIndex
CREATE INDEX "RecordVersion_recordType_recordId_idx" ON "RecordVersion"("recordType", "recordId");

-- CreateIndex
CREATE INDEX "RecordVersion_organisationId_changedAt_idx" ON "RecordVersion"("organisationId", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "RuleSet_jurisdiction_version_key" ON "RuleSet"("jurisdiction", "version");

-- CreateIndex
CREATE INDEX "Consent_citizenId_idx" ON "Consent"("citizenId");

-- CreateIndex
CREATE INDEX "Programme_organisationId_active_idx" ON "Programme"("organisationId", "active");

-- CreateIndex
CREATE INDEX "ProgrammeCriterion_programmeId_idx" ON "ProgrammeCriterion"("programmeId");

-- CreateIndex
CREATE INDEX "Referral_organisationId_status_idx" ON "Referral"("organisationId", "status");

-- CreateIndex
CREATE INDEX "Referral_programmeId_status_idx" ON "Referral"("programmeId", "status");

-- CreateIndex
CREATE INDEX "Referral_caseId_idx" ON "Referral"("caseId");

-- CreateIndex
CREATE INDEX "ReferralEvent_referralId_at_idx" ON "ReferralEvent"("referralId", "at");

-- CreateIndex
CREATE INDEX "RehabPlan_organisationId_therapistId_idx" ON "RehabPlan"("organisationId", "therapistId");

-- CreateIndex
CREATE INDEX "RehabPlan_citizenId_idx" ON "RehabPlan"("citizenId");

-- CreateIndex
CREATE INDEX "RehabGoal_planId_idx" ON "RehabGoal"("planId");

-- CreateIndex
CREATE INDEX "HomeExercise_planId_idx" ON "HomeExercise"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "AdherenceEntry_planId_date_key" ON "AdherenceEntry"("planId", "date");

-- CreateIndex
CREATE INDEX "ProgressNote_planId_writtenOn_idx" ON "ProgressNote"("planId", "writtenOn");

-- CreateIndex
CREATE INDEX "ReturnToWorkPlan_caseId_idx" ON "ReturnToWorkPlan"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "RtwWeek_planId_weekNumber_key" ON "RtwWeek"("planId", "weekNumber");

-- CreateIndex
CREATE INDEX "RtwProposal_planId_idx" ON "RtwProposal"("planId");

-- CreateIndex
CREATE INDEX "WorkplaceAid_caseId_idx" ON "WorkplaceAid"("caseId");

-- CreateIndex
CREATE INDEX "WorkplaceAid_organisationId_status_idx" ON "WorkplaceAid"("organisationId", "status");

-- CreateIndex
CREATE INDEX "AccessLog_organisationId_id_idx" ON "AccessLog"("organisationId", "id");

-- CreateIndex
CREATE INDEX "AccessLog_citizenId_at_idx" ON "AccessLog"("citizenId", "at");

-- AddForeignKey
ALTER TABLE "Department" ADD CONSTRAINT "Department_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citizen" ADD CONSTRAINT "Citizen_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SickLeaveCase" ADD CONSTRAINT "SickLeaveCase_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SickLeaveCase" ADD CONSTRAINT "SickLeaveCase_citizenId_fkey" FOREIGN KEY ("citizenId") REFERENCES "Citizen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SickLeaveCase" ADD CONSTRAINT "SickLeaveCase_caseworkerId_fkey" FOREIGN KEY ("caseworkerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStatusChange" ADD CONSTRAINT "CaseStatusChange_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SickLeaveCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseExemption" ADD CONSTRAINT "CaseExemption_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SickLeaveCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SickLeaveCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_citizenId_fkey" FOREIGN KEY ("citizenId") REFERENCES "Citizen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeCriterion" ADD CONSTRAINT "ProgrammeCriterion_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SickLeaveCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralEvent" ADD CONSTRAINT "ReferralEvent_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RehabPlan" ADD CONSTRAINT "RehabPlan_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RehabGoal" ADD CONSTRAINT "RehabGoal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "RehabPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HomeExercise" ADD CONSTRAINT "HomeExercise_planId_fkey" FOREIGN KEY ("planId") REFERENCES "RehabPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdherenceEntry" ADD CONSTRAINT "AdherenceEntry_planId_fkey" FOREIGN KEY ("planId") REFERENCES "RehabPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressNote" ADD CONSTRAINT "ProgressNote_planId_fkey" FOREIGN KEY ("planId") REFERENCES "RehabPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReturnToWorkPlan" ADD CONSTRAINT "ReturnToWorkPlan_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SickLeaveCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RtwWeek" ADD CONSTRAINT "RtwWeek_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ReturnToWorkPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RtwProposal" ADD CONSTRAINT "RtwProposal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ReturnToWorkPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkplaceAid" ADD CONSTRAINT "WorkplaceAid_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SickLeaveCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
