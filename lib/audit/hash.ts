// Hash chain of the access log (pure). Each row's hash covers the previous row's hash and the
// row's own content, so changing or removing any row breaks every later link.
import "server-only";
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export type ChainedFields = {
  organisationId: string;
  at: Date;
  actorId: string;
  actorRole: string;
  actorDepartment: string | null;
  citizenId: string | null;
  recordType: string;
  recordId: string | null;
  action: string;
  crossDepartment: boolean;
  consentId: string | null;
  details: unknown;
};

/** JSON with sorted keys: PostgreSQL's jsonb reorders keys, so the hash must not depend on order. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function chainHash(prevHash: string, row: ChainedFields): string {
  const content = canonicalJson({ ...row, at: row.at.toISOString() });
  return createHash("sha256").update(prevHash).update("\n").update(content).digest("hex");
}
