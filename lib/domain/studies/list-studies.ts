// The organisation's effect studies (issue 14): definition and the number of participants per arm,
// for managers and admins. Counts of 1–4 are suppressed like every key figure (SPEC §6).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { suppressCount, type Suppressed } from "@/lib/kpi/suppress";

export type StudyListItem = {
  id: string;
  name: string;
  design: "RANDOMISED" | "MATCHED";
  status: "RUNNING" | "CLOSED";
  startOn: Date;
  plannedEndOn: Date;
  plannedParticipants: number;
  /** Allocated participants (randomised); null for a matched study, whose arms are formed at analysis time. */
  participants: Suppressed | null;
};

/**
 * Every study of the organisation, newest first, with its number of allocated participants (suppressed when 1–4; null for MATCHED).
 * @throws NotFoundError without "study.manage".
 */
export const listStudies = defineUseCase({ capability: "study.manage", notFound: "study" }, async (ctx): Promise<StudyListItem[]> => {
  const studies = await ctx.read.effectStudy.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, design: true, status: true, startOn: true, plannedEndOn: true, plannedParticipants: true },
  });
  const counts = await ctx
    .system("study.manage")
    .read.studyAllocation.findMany({ where: { studyId: { in: studies.map((s) => s.id) } }, select: { studyId: true } });
  return studies.map((s) => ({
    ...s,
    participants: s.design === "MATCHED" ? null : suppressCount(counts.filter((c) => c.studyId === s.id).length),
  }));
});
