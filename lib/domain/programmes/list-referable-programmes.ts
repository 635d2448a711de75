// Active programmes with their current checklist, for the caseworker's referral form.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { currentCriteriaSelect } from "./history";

export type ReferableProgramme = {
  id: string;
  name: string;
  description: string;
  targetGroup: string;
  format: "GROUP" | "INDIVIDUAL";
  weeks: number;
  hoursPerWeek: number;
  criteria: { id: string; text: string; required: boolean; position: number }[];
};

/** Active programmes of the organisation (at most 500, by name) with their current checklists. */
export const listReferableProgrammes = defineUseCase({}, async (ctx): Promise<ReferableProgramme[]> => {
  const rows = await ctx.read.programme.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    take: 500,
    select: {
      id: true,
      name: true,
      description: true,
      targetGroup: true,
      format: true,
      weeks: true,
      hoursPerWeek: true,
      criteria: currentCriteriaSelect,
    },
  });
  return rows.map((r) => ({ ...r, hoursPerWeek: Number(r.hoursPerWeek) }));
});
