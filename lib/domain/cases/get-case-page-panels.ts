// The case overview's panels besides the case itself (issue 10, ADR 0027): the timeline, the study
// allocations, the caseworkers the case can be reassigned to and the loose ends of the closing form,
// read in ONE transaction instead of four (each was its own use case run: a connection, BEGIN and
// COMMIT each). Every panel is still its own use case, run with `.within`: its capability, scope,
// 404 and access-log rows are those of a separate run, except that a refusal ends the combined run at
// the first refused panel (at most one DENIED row, where separate runs would log one per refused panel).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { getCaseTimeline, type CaseTimeline } from "./get-case-timeline";
import { listAssignableCaseworkers } from "./list-assignable-caseworkers";
import { listCaseLooseEnds } from "./list-case-loose-ends";
import type { LooseEnd } from "./close-loose-ends";
import { getCaseStudyAllocations, type CaseStudyAllocation } from "@/lib/domain/studies/get-case-study-allocations";

export type CasePagePanelsQuery = {
  caseId: string;
  /** The reader is of the owning department (getCase's `ownDepartment`): timeline and study allocations. */
  ownDepartment: boolean;
  /** The reader may edit the case (getCase's `canEdit`): caseworkers to reassign to, and loose ends when the case is open. */
  canEdit: boolean;
  /** The case is not closed: the closing form's loose ends. */
  open: boolean;
};

export type CasePagePanels = {
  timeline: CaseTimeline | null;
  studies: CaseStudyAllocation[];
  caseworkers: { id: string; name: string }[];
  looseEnds: LooseEnd[];
};

/**
 * The panels the flags ask for (the others empty). The flags only skip work: each panel's use case
 * checks the actor itself, so a flag set wrongly yields a 404, never more data.
 * @throws NotFoundError as the panels' use cases do (case missing or out of scope; the timeline for the other department).
 */
export const getCasePagePanels = defineUseCase({}, async (ctx, q: CasePagePanelsQuery): Promise<CasePagePanels> => {
  const timeline = q.ownDepartment ? await getCaseTimeline.within(ctx, q.caseId) : null;
  const studies = q.ownDepartment ? await getCaseStudyAllocations.within(ctx, { caseId: q.caseId }) : [];
  const caseworkers = q.canEdit ? await listAssignableCaseworkers.within(ctx, undefined) : [];
  const looseEnds = q.canEdit && q.open ? await listCaseLooseEnds.within(ctx, q.caseId) : [];
  return { timeline, studies, caseworkers, looseEnds };
});
