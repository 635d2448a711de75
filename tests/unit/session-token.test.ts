// The session cookie decoder with a per-process key (ADR 0034) accepts exactly what next-auth's does.
import { describe, expect, it } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { decodeSessionToken, sessionEncryptionKey } from "@/lib/auth/session-token";

const secret = "a-test-secret-that-is-long-enough-for-next-auth";

describe("decodeSessionToken", () => {
  it("reads what next-auth encoded, as next-auth's decode does", async () => {
    const token = await encode({ token: { sid: "s-1", name: "A" }, secret });
    const ours = await decodeSessionToken({ token, secret });
    expect(ours).toEqual(await decode({ token, secret }));
    expect(ours?.sid).toBe("s-1");
    expect(await decodeSessionToken({ token, secret })).toEqual(ours); // the remembered key
  });

  it("derives next-auth's key for a salt too", async () => {
    const token = await encode({ token: { sid: "s-2" }, secret, salt: "next-auth.session-token" });
    expect((await decodeSessionToken({ token, secret, salt: "next-auth.session-token" }))?.sid).toBe("s-2");
    await expect(decodeSessionToken({ token, secret })).rejects.toThrow();
  });

  it("refuses a token of another secret, a tampered token and an expired one", async () => {
    const token = await encode({ token: { sid: "s-3" }, secret });
    await expect(decodeSessionToken({ token, secret: `${secret}x` })).rejects.toThrow();
    expect(sessionEncryptionKey(secret)).not.toEqual(sessionEncryptionKey(`${secret}x`));
    const parts = token.split(".");
    parts[3] = parts[3]!.slice(0, -2) + (parts[3]!.endsWith("AA") ? "BB" : "AA");
    await expect(decodeSessionToken({ token: parts.join("."), secret })).rejects.toThrow();
    const expired = await encode({ token: { sid: "s-4" }, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow();
    expect(await decodeSessionToken({ token: "", secret })).toBeNull();
  });
});
