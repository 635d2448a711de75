// Correcting a programme: fields and checklist. Nothing is overwritten silently: the version is
// bumped and a RecordVersion row keeps { field: { from, to } }; a removed checklist item is only
// marked removedAt (referrals keep the text they were answered with in their own snapshot).
import type { Actor } from "@/lib/auth/policy";
import { can, programmeScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { diffValues } from "@/lib/domain/history/diff";
import type { TUpdateProgramme } from "@/lib/validation/programmes";
import { PROGRAMME_RECORD_TYPE, programmeHistoryValues, writeProgrammeVersion } from "./history";

export async function updateProgramme(
  actor: Actor,
  input: TUpdateProgramme,
  now = new Date(),
): Promise<{ id: string; version: number; changed: boolean }> {
  if (!can(actor, "programme.manage")) throw new NotFoundError("programme");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const p = await tx.programme.findFirst({
      where: { AND: [programmeScope(actor, "write"), { id: input.programmeId }] },
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
        criteria: {
          where: { removedAt: null },
          orderBy: { position: "asc" },
          select: { id: true, text: true, required: true, position: true },
        },
      },
    });
    if (!p) throw new NotFoundError("programme");
    if (p.version !== input.version) throw new DomainRuleError("errors.conflict");
    const current = new Map(p.criteria.map((c) => [c.id, c]));
    // Every kept item must be a current item of THIS programme (never another programme's id).
    if (input.criteria.some((c) => c.id !== null && !current.has(c.id))) throw new DomainRuleError("errors.conflict");

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

    const removed = p.criteria.filter((c) => !keptIds.has(c.id)).map((c) => c.id);
    if (removed.length)
      await tx.programmeCriterion.updateMany({
        where: { programmeId: p.id, id: { in: removed }, removedAt: null },
        data: { removedAt: now },
      });
    for (const [i, c] of criteria.entries()) {
      if (c.id === null) {
        await tx.programmeCriterion.create({
          data: { programmeId: p.id, text: c.text, required: c.required, position: i },
          select: { id: true },
        });
        continue;
      }
      const old = current.get(c.id)!;
      if (old.text !== c.text || old.required !== c.required || old.position !== i) {
        await tx.programmeCriterion.update({
          where: { id: c.id },
          data: { text: c.text, required: c.required, position: i },
          select: { id: true },
        });
      }
    }
    // Optimistic concurrency: the row must still have the version we read.
    const updated = await tx.programme.updateMany({
      where: { id: p.id, version: p.version },
      data: { ...fields, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new DomainRuleError("errors.conflict");
    const newVersion = p.version + 1;
    await writeProgrammeVersion(tx, actor, { programmeId: p.id, version: newVersion, action: "CORRECT", changes, reason: changeReason });
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: PROGRAMME_RECORD_TYPE,
      recordId: p.id,
      details: { version: newVersion, fields: Object.keys(changes) },
    });
    return { id: p.id, version: newVersion, changed: true };
  });
}
