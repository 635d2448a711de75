-- CreateEnum
CREATE TYPE "ReferralReasonCode" AS ENUM ('NOT_ELIGIBLE', 'BETTER_OFFER_ELSEWHERE', 'INSUFFICIENT_INFORMATION', 'CITIZEN_DECLINED', 'NON_ATTENDANCE', 'HEALTH_WORSENED', 'NOT_BENEFITING', 'OTHER');

-- CreateEnum
CREATE TYPE "KpiDisplay" AS ENUM ('VALUE', 'PRIMARY', 'COMPLEMENTARY');

-- AlterTable
ALTER TABLE "ReferralEvent" ADD COLUMN     "reasonCode" "ReferralReasonCode";

-- CreateTable
CREATE TABLE "KpiCell" (
    "organisationId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "diagnosisGroup" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "figure" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "persons" INTEGER NOT NULL,
    "display" "KpiDisplay" NOT NULL,

    CONSTRAINT "KpiCell_pkey" PRIMARY KEY ("organisationId","departmentId","diagnosisGroup","programmeId","month","figure")
);

-- CreateTable
CREATE TABLE "KpiRefresh" (
    "organisationId" TEXT NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL,
    "asOf" DATE NOT NULL,
    "firstMonth" DATE NOT NULL,
    "cells" INTEGER NOT NULL,
    "durationMs" INTEGER NOT NULL,

    CONSTRAINT "KpiRefresh_pkey" PRIMARY KEY ("organisationId")
);

-- CreateTable
CREATE TABLE "KpiTarget" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "figure" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "version" INTEGER NOT NULL DEFAULT 1,
    "setById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KpiTarget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "KpiTarget_organisationId_figure_key" ON "KpiTarget"("organisationId", "figure");
