-- AlterTable
ALTER TABLE "SickLeaveCase" ADD COLUMN     "rowReport" JSONB,
ADD COLUMN     "rowReportOn" DATE;
