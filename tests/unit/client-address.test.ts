// The client address for login throttling comes from X-Forwarded-For: the right-most entry without
// proxies (Next.js puts the socket's address there), the one the outermost trusted proxy appended with
// TRUSTED_PROXY_HOPS proxies. Entries further left are whatever the client claimed, and never used.
import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/throttle";

describe("clientAddress", () => {
  it("takes the right-most entry without proxies and with one", () => {
    expect(clientAddress("10.0.0.9", 0)).toBe("10.0.0.9");
    expect(clientAddress("6.6.6.6, 203.0.113.7", 0)).toBe("203.0.113.7");
    expect(clientAddress("6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
  });

  it("skips the addresses trusted proxies appended", () => {
    expect(clientAddress("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    expect(clientAddress(" 203.0.113.7 ,10.0.0.2 ", 2)).toBe("203.0.113.7");
  });

  it("never goes left of the first entry, and names a missing header", () => {
    expect(clientAddress("203.0.113.7", 3)).toBe("203.0.113.7");
    expect(clientAddress(undefined, 0)).toBe("unknown");
    expect(clientAddress(" , ", 1)).toBe("unknown");
  });
});
