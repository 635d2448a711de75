/*
  Warnings:

  - A unique constraint covering the columns `[organisationId,jurisdiction,version]` on the table `RuleSet` will be added. If there are existing duplicate values, this will fail.
  - Added the required column `organisationId` to the `RuleSet` table without a default value. This is not possible if the table is not empty.

*/
-- DropIndex
DROP INDEX "RuleSet_jurisdiction_version_key";

-- AlterTable
ALTER TABLE "RuleSet" ADD COLUMN     "organisationId" TEXT NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "RuleSet_organisationId_jurisdiction_version_key" ON "RuleSet"("organisationId", "jurisdiction", "version");
