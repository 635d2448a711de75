// Health-center staff add a programme to the catalogue of their own department.
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { NotFoundError } from "@/lib/domain/errors";
import { creationValues } from "@/lib/domain/history/diff";
import type { TCreateProgramme } from "@/lib/validation/programmes";
import { PROGRAMME_RECORD_TYPE, programmeHistoryValues, writeProgrammeVersion } from "./history";

export async function createProgramme(actor: Actor, input: TCreateProgramme): Promise<{ id: string }> {
  if (!can(actor, "programme.manage") || !actor.departmentId) throw new NotFoundError("programme");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { criteria, ...fields } = input;
    const p = await tx.programme.create({
      data: {
        ...fields,
        organisationId: actor.organisationId,
        departmentId: actor.departmentId!,
        criteria: { create: criteria.map((c, i) => ({ text: c.text, required: c.required, position: i })) },
      },
      select: { id: true },
    });
    await writeProgrammeVersion(tx, actor, {
      programmeId: p.id,
      version: 1,
      action: "CREATE",
      changes: creationValues(programmeHistoryValues(fields, criteria)),
    });
    await logAccess(tx, actor, { action: "CREATE", recordType: PROGRAMME_RECORD_TYPE, recordId: p.id });
    return { id: p.id };
  });
}
