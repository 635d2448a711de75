import { describe, expect, it } from "vitest";
import { GENESIS_HASH, keyFingerprint, sealHash } from "@/lib/audit/hash";

const KEY = "test-key";
const CONTENT =
  '["7", "o", "2026-11-22T10:00:00.123Z", "u", "CASEWORKER", "JOBCENTER", "c", "SickLeaveCase", "r", "VIEW", "ALLOWED", false, null, {"a": 1}]';

describe("access log keyed chain", () => {
  it("is an HMAC that changes with the content, the position, the previous hash and the key", () => {
    const h = sealHash(KEY, GENESIS_HASH, 1n, CONTENT);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(sealHash(KEY, GENESIS_HASH, 1n, CONTENT)).toBe(h);
    expect(sealHash(KEY, "1".repeat(64), 1n, CONTENT)).not.toBe(h);
    expect(sealHash(KEY, GENESIS_HASH, 2n, CONTENT)).not.toBe(h);
    expect(sealHash("another-key", GENESIS_HASH, 1n, CONTENT)).not.toBe(h);
    expect(sealHash(KEY, GENESIS_HASH, 1n, CONTENT.replace('"u"', '"v"'))).not.toBe(h);
    // The parts are separated: moving text between them changes the hash.
    expect(sealHash(KEY, GENESIS_HASH, 11n, CONTENT)).not.toBe(sealHash(KEY, GENESIS_HASH, 1n, `1\n${CONTENT}`));
  });

  it("a key's fingerprint identifies it without revealing it", () => {
    expect(keyFingerprint(KEY)).toMatch(/^[0-9a-f]{16}$/);
    expect(keyFingerprint(KEY)).toBe(keyFingerprint(KEY));
    expect(keyFingerprint("another-key")).not.toBe(keyFingerprint(KEY));
    expect(keyFingerprint(KEY)).not.toContain(KEY);
  });
});
