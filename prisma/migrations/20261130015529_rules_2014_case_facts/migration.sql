-- CreateEnum
CREATE TYPE "EarlyFollowUpRequester" AS ENUM ('EMPLOYER', 'EMPLOYEE');

-- CreateEnum
CREATE TYPE "ReassessmentOutcome" AS ENUM ('EXTENDED', 'JOB_CLARIFICATION_COURSE', 'BENEFIT_ENDED');

-- CreateEnum
CREATE TYPE "ExtensionGround" AS ENUM ('REVALIDATION', 'WORK_ABILITY_CLARIFICATION', 'MEDICAL_TREATMENT', 'REHABILITATION_TEAM', 'LIFE_THREATENING_ILLNESS', 'INDUSTRIAL_INJURY', 'DISABILITY_PENSION_APPLICATION');

-- AlterTable
ALTER TABLE "RuleSet" ADD COLUMN     "effectiveFrom" DATE,
ADD COLUMN     "legalReferences" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "name" TEXT NOT NULL DEFAULT 'DK 2009 (source reports)',
ADD COLUMN     "nameKey" TEXT,
ADD COLUMN     "transition" TEXT NOT NULL DEFAULT 'RUNNING_CASES',
ADD COLUMN     "versionKey" TEXT NOT NULL DEFAULT 'DK-2009';

-- AlterTable
ALTER TABLE "SickLeaveCase" ADD COLUMN     "doctorCertificateReceivedOn" DATE,
ADD COLUMN     "doctorCertificateRequestedOn" DATE;

-- CreateTable
CREATE TABLE "CaseVisitation" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "category" INTEGER NOT NULL,
    "visitedOn" DATE NOT NULL,
    "followUpId" TEXT,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "voidedAt" TIMESTAMP(3),
    "voidReason" TEXT,

    CONSTRAINT "CaseVisitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EarlyFollowUpRequest" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "requestedOn" DATE NOT NULL,
    "requestedBy" "EarlyFollowUpRequester" NOT NULL,
    "declinedByEmployeeOn" DATE,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "voidedAt" TIMESTAMP(3),
    "voidReason" TEXT,

    CONSTRAINT "EarlyFollowUpRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RehabilitationTeamPresentation" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "presentedOn" DATE NOT NULL,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "voidedAt" TIMESTAMP(3),
    "voidReason" TEXT,

    CONSTRAINT "RehabilitationTeamPresentation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseReassessment" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "decidedOn" DATE NOT NULL,
    "outcome" "ReassessmentOutcome" NOT NULL,
    "ground" "ExtensionGround",
    "extendedUntil" DATE,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "voidedAt" TIMESTAMP(3),
    "voidReason" TEXT,

    CONSTRAINT "CaseReassessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseVisitation_caseId_visitedOn_idx" ON "CaseVisitation"("caseId", "visitedOn");

-- CreateIndex
CREATE INDEX "EarlyFollowUpRequest_caseId_idx" ON "EarlyFollowUpRequest"("caseId");

-- CreateIndex
CREATE INDEX "RehabilitationTeamPresentation_caseId_idx" ON "RehabilitationTeamPresentation"("caseId");

-- CreateIndex
CREATE INDEX "CaseReassessment_caseId_idx" ON "CaseReassessment"("caseId");

-- AddForeignKey
ALTER TABLE "CaseVisitation" ADD CONSTRAINT "CaseVisitation_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SickLeaveCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EarlyFollowUpRequest" ADD CONSTRAINT "EarlyFollowUpRequest_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SickLeaveCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RehabilitationTeamPresentation" ADD CONSTRAINT "RehabilitationTeamPresentation_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SickLeaveCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReassessment" ADD CONSTRAINT "CaseReassessment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SickLeaveCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Data: every stored parameter set so far is a revision of the first dated version, the 2009 rules
-- (ADR 0006). The 2014 version is the built-in one until an organisation stores its own revision.
UPDATE "RuleSet" SET "nameKey" = 'dk2009', "legalReferences" = ARRAY[
  'lov nr. 563 af 9. juni 2006 om sygedagpenge, som ændret bl.a. ved lov nr. 480 af 12. juni 2009 (§§ 7 a og 7 b)',
  'KL (2011): Samarbejde om sundhedsindsatser til sygedagpengemodtagere',
  'Rambøll (2009): Aktive – hurtigere tilbage'
]::TEXT[] WHERE "versionKey" = 'DK-2009';

-- An organisation with stored rows gets the 2014 reform as its next dated version (in force from
-- 5 January 2015), so its cases are computed with the law as it stands today.
INSERT INTO "RuleSet" ("id", "organisationId", "jurisdiction", "version", "parameters", "note", "versionKey", "name", "nameKey", "effectiveFrom", "transition", "legalReferences")
SELECT gen_random_uuid()::text, r."organisationId", r."jurisdiction", MAX(r."version") + 1,
  '{"version":1,"model":2014,"employerConversationWeek":4,"firstFollowUpWeek":8,"category1RevisitationWeek":8,"followUpIntervalWeeks":4,"followUpRhythmMonths":0,"inPersonFollowUps":1,"fastTrackWithinWeeks":2,"doctorCertificateRequired":1,"doctorCertificateLeadDays":0,"rehabTeamRequired":1,"rehabTeamWithinWeeks":4,"resumeFollowUpWeeks":4,"benefitLimitWeeks":22,"benefitLimitWindowMonths":9,"benefitLimitWarningWeek":18,"benefitExcludedDaysEmployee":30,"benefitExcludedDaysSelfEmployed":14,"reassessmentAtMonthEnd":1,"dueSoonDays":7}'::jsonb,
  NULL, 'DK-2014', 'DK 2014 reform (current)', 'dk2014', DATE '2015-01-05', 'RUNNING_CASES',
  ARRAY['lov nr. 720 af 25. juni 2014 (sygedagpengereformen)', 'sygedagpengeloven §§ 7 a, 11 a, 12–13 d, 24 og 27', 'vejledning nr. 9208 af 21. marts 2023 om visitation og opfølgning m.v. i sygedagpengesager']::TEXT[]
FROM "RuleSet" r
WHERE r."jurisdiction" = 'DK' AND NOT EXISTS (SELECT 1 FROM "RuleSet" x WHERE x."organisationId" = r."organisationId" AND x."jurisdiction" = 'DK' AND x."versionKey" = 'DK-2014')
GROUP BY r."organisationId", r."jurisdiction";
