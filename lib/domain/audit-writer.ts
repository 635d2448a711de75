// The runner's access-log writer (`ctx.audit`, ADR 0008/0009): fills in actor, organisation,
// cross-department flag and the consent a cross-department read happens under. Part of the runner.
import "server-only";
import type { DepartmentKind } from "@/lib/db/generated/client";
import { isCrossDepartment, otherSideReadableWhere, readConsentWhere, type Actor } from "@/lib/auth/policy";
import { logAccess, type AccessEntry } from "@/lib/audit/log";
import { NotFoundError } from "@/lib/domain/errors";
import type { Tx } from "./scoped-finders";

/** A citizen's record that a person saw or changed, for the access log. */
export type Touched = {
  recordType: string;
  recordId?: string | null;
  citizenId?: string | null;
  /** The department kind that owns the record; a different one than the actor's is a cross-department read (needs consent). Default: the actor's own. */
  owner?: DepartmentKind;
  details?: Record<string, unknown>;
};

/** The consent a view of the other department's records is shown under. */
export type ShownUnder = { id: string; purpose: string | null; validFrom: Date; validUntil: Date | null };

export type AuditWriter = {
  /** A person saw these records (one row each). A cross-department one is logged with its consent; without one it is NotFoundError. */
  viewed(records: Touched | readonly Touched[]): Promise<void>;
  /**
   * A list view: one VIEW row per record shown, or for an empty result one row recording the
   * search itself (a search for a CPR number is a look-up of that person too). `details` are added to each row.
   */
  viewedList(recordType: string, rows: readonly Omit<Touched, "recordType">[], details: Record<string, unknown>): Promise<void>;
  created(record: Touched): Promise<void>;
  updated(record: Touched): Promise<void>;
  exported(record: Touched): Promise<void>;
  /** The consent under which the actor reads this citizen's other-department records, or null: whether a view may show them. */
  consentFor(citizenId: string): Promise<string | null>;
  /**
   * The consent a cross-department view is shown under (issue 9: each such view names it), the same
   * one the log records; null when the actor may not read the citizen's other-department records at
   * all (no consent in that direction, no working relationship, or for a coordinator no meeting window).
   */
  shownUnder(citizenId: string): Promise<ShownUnder | null>;
};

/** The access-log writer of one use case run (one transaction). */
export function createAuditWriter(tx: Tx, actor: Actor, now: Date): AuditWriter {
  const consentCache = new Map<string, string | null>();

  /** The newest consent under which the actor reads each citizen's other-department records. */
  async function consentsFor(citizenIds: string[]): Promise<Map<string, string | null>> {
    const missing = [...new Set(citizenIds.filter((id) => !consentCache.has(id)))];
    const where = missing.length ? readConsentWhere(actor, missing, now) : null;
    if (where) {
      const rows = await tx.consent.findMany({ where, orderBy: { validFrom: "desc" }, select: { id: true, citizenId: true } });
      for (const id of missing) consentCache.set(id, rows.find((r) => r.citizenId === id)?.id ?? null);
    }
    return consentCache;
  }

  async function write(action: AccessEntry["action"], records: readonly Touched[]): Promise<void> {
    const crosses = (r: Touched) => !!r.owner && isCrossDepartment(actor, r.owner);
    const crossCitizens = records.filter((r) => crosses(r) && r.citizenId).map((r) => r.citizenId!);
    const consents = crossCitizens.length ? await consentsFor(crossCitizens) : consentCache;
    const entries: AccessEntry[] = records.map((r) => {
      const cross = crosses(r);
      const consentId = cross && r.citizenId ? (consents.get(r.citizenId) ?? null) : null;
      // The scope already required the consent; none here means it was revoked in between: refuse.
      if (cross && !consentId) throw new NotFoundError(r.recordType, r.recordId ?? undefined);
      return {
        action,
        recordType: r.recordType,
        recordId: r.recordId ?? null,
        citizenId: r.citizenId ?? null,
        crossDepartment: cross,
        consentId,
        details: r.details,
      };
    });
    await logAccess(tx, actor, entries);
  }

  return {
    viewed: (records) => write("VIEW", Array.isArray(records) ? records : [records as Touched]),
    async viewedList(recordType, rows, details) {
      if (rows.length === 0) {
        await logAccess(tx, actor, [{ action: "VIEW", recordType: `${recordType}List`, details: { ...details, count: 0 } }]);
        return;
      }
      await write(
        "VIEW",
        rows.map((r) => ({ ...r, recordType, details: { ...details, ...r.details, view: "list" } })),
      );
    },
    created: (record) => write("CREATE", [record]),
    updated: (record) => write("UPDATE", [record]),
    exported: (record) => write("EXPORT", [record]),
    consentFor: async (citizenId) => (await consentsFor([citizenId])).get(citizenId) ?? null,
    async shownUnder(citizenId) {
      const readable = await tx.citizen.count({ where: { AND: [{ id: citizenId }, otherSideReadableWhere(actor, now)] } });
      if (readable === 0) return null;
      const id = (await consentsFor([citizenId])).get(citizenId);
      if (!id) return null;
      return tx.consent.findUnique({ where: { id }, select: { id: true, purpose: true, validFrom: true, validUntil: true } });
    },
  };
}
