// Health-center staff add a programme to the catalogue of their own department.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { creationValues } from "@/lib/domain/history/diff";
import type { TCreateProgramme } from "@/lib/validation/programmes";
import { PROGRAMME_RECORD_TYPE, programmeHistoryValues } from "./history";

/**
 * Creates a programme with its checklist (criteria in order) in the actor's department; history "CREATE".
 * @throws NotFoundError when the actor may not manage programmes (capability programme.manage).
 */
export const createProgramme = defineUseCase(
  { capability: "programme.manage", notFound: "programme" },
  async (ctx, input: TCreateProgramme) => {
    const { criteria, ...fields } = input;
    const p = await ctx.tx.programme.create({
      data: {
        ...fields,
        organisationId: ctx.actor.organisationId,
        departmentId: ctx.actor.departmentId!,
        criteria: { create: criteria.map((c, i) => ({ text: c.text, required: c.required, position: i })) },
      },
      select: { id: true },
    });
    await ctx.history.record({
      recordType: PROGRAMME_RECORD_TYPE,
      recordId: p.id,
      version: 1,
      action: "CREATE",
      changes: creationValues(programmeHistoryValues(fields, criteria)),
    });
    await ctx.audit.created({ recordType: PROGRAMME_RECORD_TYPE, recordId: p.id });
    return { id: p.id };
  },
);
