// The programme catalogue. Not person data: everyone in the organisation may read it
// (programmeScope "read"); "managed" narrows to the programmes the actor maintains.
import type { Actor } from "@/lib/auth/policy";
import { programmeScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import type { ProgrammeFormat } from "@/lib/db/generated/client";
import { programmeCounts } from "./counts";

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

export async function listProgrammes(
  actor: Actor,
  opts: { activeOnly?: boolean; scope?: "catalogue" | "managed" } = {},
): Promise<ProgrammeRow[]> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const rows = await tx.programme.findMany({
      where: { AND: [programmeScope(actor, opts.scope === "managed" ? "write" : "read"), opts.activeOnly ? { active: true } : {}] },
      orderBy: [{ active: "desc" }, { name: "asc" }],
      take: 500,
      select: {
        id: true,
        name: true,
        targetGroup: true,
        format: true,
        rollingAdmission: true,
        weeks: true,
        hoursPerWeek: true,
        capacity: true,
        priceDkk: true,
        conditionTags: true,
        active: true,
        department: { select: { name: true } },
      },
    });
    const counts = await programmeCounts(
      tx,
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
}
