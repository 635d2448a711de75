// One programme of the catalogue with its checklist, places in use, wait-list length and
// correction history. Readable by everyone in the organisation (no person data).
import type { Actor } from "@/lib/auth/policy";
import { can, programmeScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import { programmeCounts } from "./counts";
import { programmeHistory } from "./history";

export async function getProgramme(actor: Actor, programmeId: string) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const p = await tx.programme.findFirst({
      where: { AND: [programmeScope(actor, "read"), { id: programmeId }] },
      select: {
        id: true,
        name: true,
        description: true,
        targetGroup: true,
        format: true,
        rollingAdmission: true,
        weeks: true,
        hoursPerWeek: true,
        capacity: true,
        priceDkk: true,
        conditionTags: true,
        active: true,
        version: true,
        departmentId: true,
        updatedAt: true,
        department: { select: { name: true } },
        criteria: {
          where: { removedAt: null },
          orderBy: { position: "asc" },
          select: { id: true, text: true, required: true, position: true },
        },
      },
    });
    if (!p) throw new NotFoundError("programme");
    const counts = (await programmeCounts(tx, [p.id])).get(p.id)!;
    const manageable = await tx.programme.count({ where: { AND: [programmeScope(actor, "write"), { id: p.id }] } });
    const history = await programmeHistory(tx, actor.organisationId, p.id);
    return {
      ...p,
      hoursPerWeek: Number(p.hoursPerWeek),
      startedCount: counts.started,
      waitlistCount: counts.waitlisted,
      canManage: can(actor, "programme.manage") && manageable === 1,
      history,
    };
  });
}

export type ProgrammeDetail = Awaited<ReturnType<typeof getProgramme>>;
