// What the jobcenter's read-only views of the health center's rehab plans share (the case's rehab
// tab, getRehabForJobcenter, and listCaseRehabPlans): the plan's facts, its goals, and the order of
// its progress notes. Query fragments and one mapping only; reading, consent and logging stay in the
// use cases.
import type { Prisma } from "@/lib/db/generated/client";

/** A plan's facts as the read-only views show them; `therapistId` is turned into a name by the caller. */
export const planFactsSelect = {
  id: true,
  condition: true,
  bodyRegion: true,
  standardPackage: true,
  startOn: true,
  endOn: true,
  therapistId: true,
} satisfies Prisma.RehabPlanSelect;

/** The plan's goals that are not voided, in the plan's order, with baseline, target and the day achieved. */
export const activeGoalsSelect = {
  where: { voidedAt: null },
  orderBy: { position: "asc" },
  select: { id: true, text: true, baseline: true, target: true, achievedOn: true },
} satisfies Prisma.RehabPlan$goalsArgs;

/** The progress notes that are not voided, oldest first (by day written, then by when saved). */
export const activeNotesOldestFirst = {
  where: { voidedAt: null },
  orderBy: [{ writtenOn: "asc" }, { createdAt: "asc" }],
} satisfies Prisma.RehabPlan$progressNotesArgs;

type PlanFacts = Prisma.RehabPlanGetPayload<{ select: typeof planFactsSelect }>;

/** The plan's facts for display, the therapist as a name (`nameOf`; "—" when unknown is the caller's choice). */
export function planFacts(p: PlanFacts, nameOf: (userId: string) => string) {
  return {
    id: p.id,
    condition: p.condition,
    bodyRegion: p.bodyRegion,
    standardPackage: p.standardPackage,
    startOn: p.startOn,
    endOn: p.endOn,
    therapistName: nameOf(p.therapistId),
  };
}
