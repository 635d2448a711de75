-- AlterTable
ALTER TABLE "Consent" ADD COLUMN     "purpose" TEXT;
