// Active programmes with their current checklist, for the caseworker's referral form.
import type { Actor } from "@/lib/auth/policy";
import { programmeScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";

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

export async function listReferableProgrammes(actor: Actor): Promise<ReferableProgramme[]> {
  const db = await getDb();
  const rows = await db.programme.findMany({
    where: { AND: [programmeScope(actor, "read"), { active: true }] },
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
      criteria: {
        where: { removedAt: null },
        orderBy: { position: "asc" },
        select: { id: true, text: true, required: true, position: true },
      },
    },
  });
  return rows.map((r) => ({ ...r, hoursPerWeek: Number(r.hoursPerWeek) }));
}
