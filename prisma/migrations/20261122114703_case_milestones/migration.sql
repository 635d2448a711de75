-- AlterTable
ALTER TABLE "SickLeaveCase" ADD COLUMN     "employerConversationOn" DATE,
ADD COLUMN     "extensionAssessedOn" DATE;
