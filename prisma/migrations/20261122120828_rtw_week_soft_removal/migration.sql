-- AlterTable
ALTER TABLE "RtwWeek" ADD COLUMN     "removedAt" TIMESTAMP(3);
