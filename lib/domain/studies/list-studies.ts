// The organisation's effect studies (issue 14): definition and the number of participants, for managers and
// admins. The count is the results page's participants and excluded together, published so that neither page
// gives away a count of 1–4 that the other hides (SPEC §6).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { protectedTotal, type ProtectedTotal } from "@/lib/kpi/suppress";
import { analysisDayOf, loadAnalysedParticipants } from "./analysed-participants";
import { studyPhase, type StudyPhase } from "./study-rules";

export type StudyListItem = {
  id: string;
  name: string;
  design: "RANDOMISED" | "MATCHED";
  status: "RUNNING" | "CLOSED";
  /** PLANNED before the start day, else the status (studyPhase). */
  phase: StudyPhase;
  startOn: Date;
  plannedEndOn: Date;
  plannedParticipants: number;
  /**
   * Participants entered up to the analysis day (randomised): "< 5" when 1–4, and hidden as complementary
   * ("–") when a group or the excluded count on the results page is 1–4, since this total minus the shown
   * ones would give it back. Null for a matched study, whose groups are formed at analysis time.
   */
  participants: ProtectedTotal | null;
};

/**
 * Every study of the organisation, newest first, with its number of participants (see StudyListItem).
 * @throws NotFoundError without "study.manage".
 */
export const listStudies = defineUseCase({ capability: "study.manage", notFound: "study" }, async (ctx): Promise<StudyListItem[]> => {
  const studies = await ctx.read.effectStudy.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      design: true,
      status: true,
      closedAt: true,
      startOn: true,
      plannedEndOn: true,
      plannedParticipants: true,
    },
  });
  const sys = ctx.system("study.manage");
  const items: StudyListItem[] = [];
  for (const { closedAt, ...s } of studies) {
    if (s.design === "MATCHED") {
      items.push({ ...s, phase: studyPhase(s, ctx.today), participants: null });
      continue;
    }
    const { analysed, excluded } = await loadAnalysedParticipants(sys, s.id, analysisDayOf({ status: s.status, closedAt }, ctx.today));
    const inArm = (arm: "INTERVENTION" | "CONTROL") => analysed.filter((x) => x.p.arm === arm).length;
    items.push({
      ...s,
      phase: studyPhase(s, ctx.today),
      participants: protectedTotal([inArm("INTERVENTION"), inArm("CONTROL"), excluded]),
    });
  }
  return items;
});
