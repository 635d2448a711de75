-- CreateTable
CREATE TABLE "EffectStudyProgramme" (
    "studyId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,

    CONSTRAINT "EffectStudyProgramme_pkey" PRIMARY KEY ("studyId","programmeId")
);

-- CreateIndex
CREATE INDEX "EffectStudyProgramme_programmeId_idx" ON "EffectStudyProgramme"("programmeId");

-- AddForeignKey
ALTER TABLE "EffectStudyProgramme" ADD CONSTRAINT "EffectStudyProgramme_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "EffectStudy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EffectStudyProgramme" ADD CONSTRAINT "EffectStudyProgramme_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
