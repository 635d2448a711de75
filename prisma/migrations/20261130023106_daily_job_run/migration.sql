-- CreateTable
CREATE TABLE "DailyJobRun" (
    "job" TEXT NOT NULL,
    "lastDay" DATE NOT NULL,
    "finishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DailyJobRun_pkey" PRIMARY KEY ("job")
);
