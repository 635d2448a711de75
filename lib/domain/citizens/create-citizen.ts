// Registers a citizen. The CPR number is stored encrypted with a keyed blind index; the same
// CPR number can be registered only once per organisation (checked under an advisory lock, and
// by the unique index as the last line of defence).
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { logAccess } from "@/lib/audit/log";
import { cprBlindIndex, encryptCpr } from "@/lib/crypto/cpr";
import { parseCpr } from "@/lib/validation/cpr";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { recordVersion } from "@/lib/domain/history/record-version";
import { creationValues } from "@/lib/domain/history/diff";
import type { TCreateCitizen } from "@/lib/validation/citizens";
import { citizenHistoryValues, pickCitizenFacts } from "./citizen-values";

type Tx = Prisma.TransactionClient;

/** Refuses a CPR number that is already registered (live or voided) in the organisation. */
export async function assertCprFree(tx: Tx, organisationId: string, cprIndex: string, exceptCitizenId?: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"cpr:" + organisationId + ":" + cprIndex})::bigint)`;
  const existing = await tx.citizen.findFirst({
    where: { organisationId, cprIndex, ...(exceptCitizenId ? { id: { not: exceptCitizenId } } : {}) },
    select: { id: true },
  });
  if (existing) throw new DomainRuleError("citizens.errors.duplicateCpr", "cpr");
}

export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && "code" in e && (e as { code?: string }).code === "P2002";
}

export async function createCitizen(actor: Actor, data: TCreateCitizen): Promise<{ id: string }> {
  if (!can(actor, "citizen.create")) throw new NotFoundError("citizen");
  const parsed = parseCpr(data.cpr);
  if (!parsed.ok) throw new DomainRuleError(parsed.error === "format" ? "errors.cprFormat" : "errors.cprDate", "cpr");
  const db = await getDb();
  const cprIndex = cprBlindIndex(parsed.cpr);
  const facts = pickCitizenFacts(data);
  try {
    return await db.$transaction(async (tx) => {
      await assertCprFree(tx, actor.organisationId, cprIndex);
      const c = await tx.citizen.create({
        data: {
          organisationId: actor.organisationId,
          cprEncrypted: encryptCpr(parsed.cpr),
          cprIndex,
          birthDate: parsed.birthDate,
          ...facts,
        },
        select: { id: true },
      });
      await recordVersion(tx, actor, {
        recordType: "Citizen",
        recordId: c.id,
        version: 1,
        action: "CREATE",
        changes: creationValues(citizenHistoryValues(facts, parsed.cpr)),
      });
      await logAccess(tx, actor, { action: "CREATE", recordType: "Citizen", recordId: c.id, citizenId: c.id });
      return c;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainRuleError("citizens.errors.duplicateCpr", "cpr");
    throw e;
  }
}
