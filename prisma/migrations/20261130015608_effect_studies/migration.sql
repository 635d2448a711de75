-- CreateEnum
CREATE TYPE "StudyDesign" AS ENUM ('RANDOMISED', 'MATCHED');

-- CreateEnum
CREATE TYPE "StudyStatus" AS ENUM ('RUNNING', 'CLOSED');

-- CreateEnum
CREATE TYPE "StudyArm" AS ENUM ('INTERVENTION', 'CONTROL');

-- CreateTable
CREATE TABLE "EffectStudy" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "intervention" TEXT NOT NULL,
    "design" "StudyDesign" NOT NULL,
    "diagnosisGroups" "DiagnosisGroup"[] DEFAULT ARRAY[]::"DiagnosisGroup"[],
    "stratifyByDiagnosis" BOOLEAN NOT NULL DEFAULT true,
    "ratioIntervention" INTEGER NOT NULL DEFAULT 1,
    "ratioControl" INTEGER NOT NULL DEFAULT 1,
    "startOn" DATE NOT NULL,
    "plannedEndOn" DATE NOT NULL,
    "plannedParticipants" INTEGER NOT NULL,
    "plannedEffectDays" INTEGER,
    "status" "StudyStatus" NOT NULL DEFAULT 'RUNNING',
    "allocationAlgorithm" TEXT NOT NULL,
    "seedEncrypted" TEXT,
    "seedRevealed" TEXT,
    "verifiedAtClose" BOOLEAN,
    "bootstrapSeed" INTEGER NOT NULL,
    "closedAt" TIMESTAMP(3),
    "closedById" TEXT,
    "closeReason" TEXT,
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EffectStudy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyAllocation" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "studyId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "stratum" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "arm" "StudyArm" NOT NULL,
    "block" INTEGER NOT NULL,
    "entryDay" DATE NOT NULL,
    "followUpId" TEXT NOT NULL,
    "allocatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "allocatedById" TEXT NOT NULL,

    CONSTRAINT "StudyAllocation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EffectStudy_organisationId_status_idx" ON "EffectStudy"("organisationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "EffectStudy_organisationId_name_key" ON "EffectStudy"("organisationId", "name");

-- CreateIndex
CREATE INDEX "StudyAllocation_caseId_idx" ON "StudyAllocation"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "StudyAllocation_studyId_caseId_key" ON "StudyAllocation"("studyId", "caseId");

-- CreateIndex
CREATE UNIQUE INDEX "StudyAllocation_studyId_stratum_index_key" ON "StudyAllocation"("studyId", "stratum", "index");

-- AddForeignKey
ALTER TABLE "StudyAllocation" ADD CONSTRAINT "StudyAllocation_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "EffectStudy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyAllocation" ADD CONSTRAINT "StudyAllocation_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SickLeaveCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
