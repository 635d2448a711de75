/*
  Warnings:

  - You are about to drop the column `scopes` on the `Consent` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "Consent" DROP COLUMN "scopes",
ADD COLUMN     "healthToJobcenter" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "jobcenterToHealth" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "shareWithEmployer" BOOLEAN NOT NULL DEFAULT false;
