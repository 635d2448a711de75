// Corrects a citizen's facts with a reason. Only changed fields are written and recorded
// (old → new, CPR masked); a stale form (other version) is refused with "errors.conflict".
import type { Actor } from "@/lib/auth/policy";
import { can, citizenScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { cprBlindIndex, decryptCpr, encryptCpr } from "@/lib/crypto/cpr";
import { parseCpr } from "@/lib/validation/cpr";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { recordVersion } from "@/lib/domain/history/record-version";
import { diffValues } from "@/lib/domain/history/diff";
import type { TCorrectCitizen } from "@/lib/validation/citizens";
import { citizenHistoryValues, pickCitizenFacts } from "./citizen-values";
import { assertCprFree, isUniqueViolation } from "./create-citizen";

export async function correctCitizen(actor: Actor, data: TCorrectCitizen): Promise<{ id: string; version: number }> {
  if (!can(actor, "citizen.edit")) throw new NotFoundError("citizen");
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.citizen.findFirst({
        where: { AND: [citizenScope(actor, "write"), { id: data.citizenId }] },
        select: {
          id: true,
          version: true,
          cprEncrypted: true,
          firstName: true,
          lastName: true,
          phone: true,
          email: true,
          address: true,
          employmentStatus: true,
          occupation: true,
          industry: true,
          employerName: true,
          employerContactName: true,
          employerPhone: true,
          employerEmail: true,
        },
      });
      if (!current) throw new NotFoundError("citizen");
      if (current.version !== data.version) throw new DomainRuleError("errors.conflict");

      const facts = pickCitizenFacts(data);
      const oldCpr = decryptCpr(current.cprEncrypted);
      // Compare the normalised numbers (010170-1234 and 0101701234 are the same CPR).
      const parsedInput = data.cpr ? parseCpr(data.cpr) : null;
      if (parsedInput && !parsedInput.ok) throw new DomainRuleError("errors.cprFormat", "cpr");
      const newCpr = parsedInput?.ok && parsedInput.cpr !== oldCpr ? parsedInput : null;
      const changes = diffValues(
        citizenHistoryValues(current, newCpr ? oldCpr : null),
        citizenHistoryValues(facts, newCpr?.ok ? newCpr.cpr : null),
      );
      // Two CPR numbers with the same birth date mask alike; the history must still show a change.
      if (newCpr?.ok && !changes.cpr) changes.cpr = { from: "xxxxxx-xxxx", to: "xxxxxx-xxxx" };
      if (Object.keys(changes).length === 0) throw new DomainRuleError("citizens.errors.noChanges");

      const cprData: { cprEncrypted?: string; cprIndex?: string; birthDate?: Date } = {};
      if (newCpr?.ok) {
        const cprIndex = cprBlindIndex(newCpr.cpr);
        await assertCprFree(tx, actor.organisationId, cprIndex, current.id);
        Object.assign(cprData, { cprEncrypted: encryptCpr(newCpr.cpr), cprIndex, birthDate: newCpr.birthDate });
      }
      const r = await tx.citizen.updateMany({
        where: { id: current.id, version: data.version, voidedAt: null },
        data: { ...facts, ...cprData, version: { increment: 1 } },
      });
      if (r.count !== 1) throw new DomainRuleError("errors.conflict");
      const version = data.version + 1;
      await recordVersion(tx, actor, {
        recordType: "Citizen",
        recordId: current.id,
        version,
        action: "CORRECT",
        changes,
        reason: data.reason,
      });
      await logAccess(tx, actor, {
        action: "UPDATE",
        recordType: "Citizen",
        recordId: current.id,
        citizenId: current.id,
        details: { fields: Object.keys(changes) },
      });
      return { id: current.id, version };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainRuleError("citizens.errors.duplicateCpr", "cpr");
    throw e;
  }
}
