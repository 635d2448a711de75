// One programme of the catalogue with its checklist, places in use, wait-list length and
// correction history. Readable by everyone in the organisation (no person data).
import { can } from "@/lib/auth/policy";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { programmeCounts } from "./counts";
import { programmeHistory, programmeSelect } from "./history";

/**
 * The programme page's data, with hours per week as a number and whether the actor maintains it.
 * @throws NotFoundError when the programme is missing or in another organisation.
 */
export const getProgramme = defineUseCase({}, async (ctx, programmeId: string) => {
  const p = await ctx.read.programme.get({
    where: { id: programmeId },
    select: {
      ...programmeSelect,
      departmentId: true,
      updatedAt: true,
      department: { select: { name: true } },
    },
  });
  const counts = (await programmeCounts(ctx, [p.id])).get(p.id)!;
  const manageable = await ctx.write.programme.count({ where: { id: p.id } });
  const history = await programmeHistory(ctx, p.id);
  return {
    ...p,
    hoursPerWeek: Number(p.hoursPerWeek),
    startedCount: counts.started,
    waitlistCount: counts.waitlisted,
    canManage: can(ctx.actor, "programme.manage") && manageable === 1,
    history,
  };
});

export type ProgrammeDetail = Awaited<ReturnType<typeof getProgramme>>;
