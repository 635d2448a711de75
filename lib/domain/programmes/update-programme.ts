// Correcting a programme: fields and checklist. Nothing is overwritten silently: the version is
// bumped and a RecordVersion row keeps { field: { from, to } }; a removed checklist item is only
// marked removedAt (referrals keep the text they were answered with in their own snapshot).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { ConflictError } from "@/lib/domain/errors";
import { diffValues } from "@/lib/domain/history/diff";
import type { TUpdateProgramme } from "@/lib/validation/programmes";
import { PROGRAMME_RECORD_TYPE, programmeHistoryValues, programmeSelect } from "./history";

/**
 * Corrects a programme of the actor's department: fields, checklist texts, required flags, order,
 * added and removed items. Nothing is written when nothing changed.
 * @returns the programme id, its version afterwards and whether anything changed.
 * @throws NotFoundError when the programme is missing or outside the actor's write scope.
 * @throws ConflictError when the programme changed since the form was loaded (or the form names a checklist item it does not have).
 */
export const updateProgramme = defineUseCase(
  { capability: "programme.manage", notFound: "programme" },
  async (ctx, input: TUpdateProgramme): Promise<{ id: string; version: number; changed: boolean }> => {
    const p = await ctx.write.programme.get({
      where: { id: input.programmeId },
      select: programmeSelect,
    });
    ctx.expectVersion(p, input.version);
    const current = new Map(p.criteria.map((c) => [c.id, c]));
    // Every kept item must be a current item of THIS programme (never another programme's id).
    if (input.criteria.some((c) => c.id !== null && !current.has(c.id))) throw new ConflictError();

    const { criteria, programmeId, version, changeReason, ...fields } = input;
    void programmeId;
    void version;
    const before = programmeHistoryValues({ ...p, hoursPerWeek: Number(p.hoursPerWeek) }, p.criteria);
    const after = programmeHistoryValues(fields, criteria);
    const changes = diffValues(before, after);
    const keptIds = new Set(criteria.flatMap((c) => (c.id ? [c.id] : [])));
    const positionsChanged = criteria.some((c, i) => c.id !== null && current.get(c.id)!.position !== i);
    if (Object.keys(changes).length === 0 && !positionsChanged) return { id: p.id, version: p.version, changed: false };
    if (positionsChanged && !changes.criteria) changes.criteria = { from: before.criteria ?? null, to: after.criteria ?? null };

    const newVersion = await ctx.updateVersioned("programme", p.id, input.version, fields);
    const removed = p.criteria.filter((c) => !keptIds.has(c.id)).map((c) => c.id);
    if (removed.length)
      await ctx.write.programmeCriterion.updateMany({
        where: { programmeId: p.id, id: { in: removed }, removedAt: null },
        data: { removedAt: ctx.now },
      });
    for (const [i, c] of criteria.entries()) {
      if (c.id === null) {
        await ctx.tx.programmeCriterion.create({
          data: { programmeId: p.id, text: c.text, required: c.required, position: i },
          select: { id: true },
        });
        continue;
      }
      const old = current.get(c.id)!;
      if (old.text !== c.text || old.required !== c.required || old.position !== i) {
        await ctx.write.programmeCriterion.updateMany({
          where: { id: c.id, programmeId: p.id },
          data: { text: c.text, required: c.required, position: i },
        });
      }
    }
    await ctx.history.record({
      recordType: PROGRAMME_RECORD_TYPE,
      recordId: p.id,
      version: newVersion,
      action: "CORRECT",
      changes,
      reason: changeReason,
    });
    await ctx.audit.updated({
      recordType: PROGRAMME_RECORD_TYPE,
      recordId: p.id,
      details: { version: newVersion, fields: Object.keys(changes) },
    });
    return { id: p.id, version: newVersion, changed: true };
  },
);
