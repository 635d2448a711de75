-- CreateEnum
CREATE TYPE "MeetingTaskParty" AS ENUM ('STAFF', 'CITIZEN', 'EMPLOYER', 'GP');

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "durationMinutes" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "externalParticipants" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "minutesClosedById" TEXT,
ADD COLUMN     "place" TEXT,
ADD COLUMN     "seriesId" TEXT,
ADD COLUMN     "title" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "videoLink" TEXT;

-- AlterTable
ALTER TABLE "MeetingAgendaItem" ADD COLUMN     "addedById" TEXT,
ADD COLUMN     "decision" TEXT,
ADD COLUMN     "employerShare" TEXT,
ADD COLUMN     "notes" TEXT,
ADD COLUMN     "question" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'MANUAL',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "MeetingParticipant" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "MeetingParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingTask" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    "citizenId" TEXT,
    "party" "MeetingTaskParty" NOT NULL,
    "assigneeId" TEXT,
    "assigneeText" TEXT,
    "description" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "completedAt" TIMESTAMP(3),
    "completedById" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MeetingTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConferenceFlag" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "citizenId" TEXT NOT NULL,
    "caseId" TEXT,
    "rehabPlanId" TEXT,
    "question" TEXT NOT NULL,
    "flaggedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "agendaItemId" TEXT,

    CONSTRAINT "ConferenceFlag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeetingParticipant_userId_idx" ON "MeetingParticipant"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingParticipant_meetingId_userId_key" ON "MeetingParticipant"("meetingId", "userId");

-- CreateIndex
CREATE INDEX "MeetingTask_organisationId_assigneeId_completedAt_idx" ON "MeetingTask"("organisationId", "assigneeId", "completedAt");

-- CreateIndex
CREATE INDEX "MeetingTask_citizenId_idx" ON "MeetingTask"("citizenId");

-- CreateIndex
CREATE INDEX "ConferenceFlag_organisationId_agendaItemId_idx" ON "ConferenceFlag"("organisationId", "agendaItemId");

-- CreateIndex
CREATE INDEX "ConferenceFlag_citizenId_idx" ON "ConferenceFlag"("citizenId");

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingTask" ADD CONSTRAINT "MeetingTask_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "MeetingAgendaItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingTask" ADD CONSTRAINT "MeetingTask_citizenId_fkey" FOREIGN KEY ("citizenId") REFERENCES "Citizen"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceFlag" ADD CONSTRAINT "ConferenceFlag_citizenId_fkey" FOREIGN KEY ("citizenId") REFERENCES "Citizen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
