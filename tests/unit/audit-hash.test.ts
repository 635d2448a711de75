import { describe, expect, it } from "vitest";
import { GENESIS_HASH, canonicalJson, keyFingerprint, sealHash, type ChainedFields } from "@/lib/audit/hash";

const KEY = "test-key";

const row: ChainedFields = {
  id: 7n,
  organisationId: "o",
  at: new Date("2026-11-22T10:00:00.123Z"),
  actorId: "u",
  actorRole: "CASEWORKER",
  actorDepartment: "JOBCENTER",
  citizenId: "c",
  recordType: "SickLeaveCase",
  recordId: "r",
  action: "VIEW",
  outcome: "ALLOWED",
  crossDepartment: false,
  consentId: null,
  details: { b: 1, a: [2, { d: 1, c: 2 }] },
};

describe("access log keyed chain", () => {
  it("canonical JSON does not depend on key order", () => {
    expect(canonicalJson({ b: 1, a: { d: 1, c: 2 } })).toBe(canonicalJson({ a: { c: 2, d: 1 }, b: 1 }));
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(canonicalJson({ id: 12345678901234567890n })).toBe('{"id":"12345678901234567890"}');
  });

  it("changes when any field, the position, the previous hash or the key changes", () => {
    const h = sealHash(KEY, GENESIS_HASH, 1n, row);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(sealHash(KEY, GENESIS_HASH, 1n, { ...row })).toBe(h);
    expect(sealHash(KEY, "1".repeat(64), 1n, row)).not.toBe(h);
    expect(sealHash(KEY, GENESIS_HASH, 2n, row)).not.toBe(h);
    expect(sealHash("another-key", GENESIS_HASH, 1n, row)).not.toBe(h);
    for (const [k, v] of Object.entries({
      id: 8n,
      organisationId: "p",
      actorId: "x",
      action: "UPDATE",
      outcome: "DENIED",
      crossDepartment: true,
      consentId: "k",
      citizenId: null,
      at: new Date(row.at.getTime() + 1),
      details: { b: 2 },
    })) {
      expect(sealHash(KEY, GENESIS_HASH, 1n, { ...row, [k]: v } as ChainedFields), k).not.toBe(h);
    }
  });

  it("a key's fingerprint identifies it without revealing it", () => {
    expect(keyFingerprint(KEY)).toMatch(/^[0-9a-f]{16}$/);
    expect(keyFingerprint(KEY)).toBe(keyFingerprint(KEY));
    expect(keyFingerprint("another-key")).not.toBe(keyFingerprint(KEY));
    expect(keyFingerprint(KEY)).not.toContain(KEY);
  });
});
