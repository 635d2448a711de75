// The programme catalogue. Not person data: everyone in the organisation may read it
// (programmeScope "read"); "managed" narrows to the programmes the actor maintains (write scope).
import type { ProgrammeFormat } from "@/lib/db/generated/client";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { programmeCounts } from "./counts";
import { programmeCatalogueSelect } from "./history";

export type ProgrammeRow = {
  id: string;
  name: string;
  targetGroup: string;
  format: ProgrammeFormat;
  rollingAdmission: boolean;
  weeks: number;
  hoursPerWeek: number;
  capacity: number;
  priceDkk: number;
  conditionTags: string[];
  active: boolean;
  departmentName: string;
  startedCount: number;
  waitlistCount: number;
};

export type ListProgrammesOptions = { activeOnly?: boolean; scope?: "catalogue" | "managed" };

/**
 * The catalogue (at most 500, active first, by name) with places in use and wait-list lengths.
 * @returns an empty list for "managed" when the actor maintains no programmes.
 */
export const listProgrammes = defineUseCase({}, async (ctx, opts: ListProgrammesOptions | undefined): Promise<ProgrammeRow[]> => {
  opts ??= {};
  const rows = await (opts.scope === "managed" ? ctx.write : ctx.read).programme.findMany({
    where: opts.activeOnly ? { active: true } : {},
    orderBy: [{ active: "desc" }, { name: "asc" }],
    take: 500,
    select: { ...programmeCatalogueSelect, department: { select: { name: true } } },
  });
  const counts = await programmeCounts(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map(({ department, hoursPerWeek, ...r }) => ({
    ...r,
    hoursPerWeek: Number(hoursPerWeek),
    departmentName: department.name,
    startedCount: counts.get(r.id)!.started,
    waitlistCount: counts.get(r.id)!.waitlisted,
  }));
});
