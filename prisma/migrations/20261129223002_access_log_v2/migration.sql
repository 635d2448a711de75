-- CreateEnum
CREATE TYPE "AccessOutcome" AS ENUM ('ALLOWED', 'DENIED');

-- AlterTable
ALTER TABLE "AccessLog" ADD COLUMN     "outcome" "AccessOutcome" NOT NULL DEFAULT 'ALLOWED',
ADD COLUMN     "xid" BIGINT NOT NULL DEFAULT 0,
ALTER COLUMN "prevHash" DROP NOT NULL,
ALTER COLUMN "hash" DROP NOT NULL;

-- CreateTable
CREATE TABLE "AccessLogSeal" (
    "logId" BIGINT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "seq" BIGINT NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "watermark" BIGINT NOT NULL,
    "sealedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessLogSeal_pkey" PRIMARY KEY ("logId")
);

-- CreateTable
CREATE TABLE "AccessLogCheckpoint" (
    "id" BIGSERIAL NOT NULL,
    "organisationId" TEXT NOT NULL,
    "seq" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessLogCheckpoint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccessLogSeal_organisationId_seq_key" ON "AccessLogSeal"("organisationId", "seq");

-- CreateIndex
CREATE INDEX "AccessLogCheckpoint_organisationId_seq_idx" ON "AccessLogCheckpoint"("organisationId", "seq");

-- CreateIndex
CREATE INDEX "AccessLog_organisationId_xid_id_idx" ON "AccessLog"("organisationId", "xid", "id");
