import { describe, expect, it } from "vitest";
import { GENESIS_HASH, canonicalJson, chainHash, type ChainedFields } from "@/lib/audit/hash";

const row: ChainedFields = {
  organisationId: "o",
  at: new Date("2026-11-22T10:00:00.123Z"),
  actorId: "u",
  actorRole: "CASEWORKER",
  actorDepartment: "JOBCENTER",
  citizenId: "c",
  recordType: "SickLeaveCase",
  recordId: "r",
  action: "VIEW",
  crossDepartment: false,
  consentId: null,
  details: { b: 1, a: [2, { d: 1, c: 2 }] },
};

describe("access log hash chain", () => {
  it("canonical JSON does not depend on key order", () => {
    expect(canonicalJson({ b: 1, a: { d: 1, c: 2 } })).toBe(canonicalJson({ a: { c: 2, d: 1 }, b: 1 }));
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });

  it("changes when any field or the previous hash changes", () => {
    const h = chainHash(GENESIS_HASH, row);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(GENESIS_HASH, { ...row })).toBe(h);
    expect(chainHash("1".repeat(64), row)).not.toBe(h);
    for (const [k, v] of Object.entries({
      actorId: "x",
      action: "UPDATE",
      crossDepartment: true,
      consentId: "k",
      at: new Date(row.at.getTime() + 1),
      details: { b: 2 },
    })) {
      expect(chainHash(GENESIS_HASH, { ...row, [k]: v } as ChainedFields)).not.toBe(h);
    }
  });
});
