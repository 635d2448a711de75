import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

describe("the page to return to after login (issue 8 item 2)", () => {
  it("keeps paths of this app, with their query", () => {
    expect(safeCallbackPath("/cases/6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b")).toBe("/cases/6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    expect(safeCallbackPath("/cases?state=OVERDUE")).toBe("/cases?state=OVERDUE");
  });

  it("refuses other origins, schemes, protocol-relative and backslash tricks, the login page and API routes", () => {
    for (const bad of [
      "https://evil.example/cases",
      "//evil.example/cases",
      "/\\evil.example",
      "/\\/evil.example",
      "javascript:alert(1)",
      "cases",
      "/login?expired=1",
      "/api/auth/signout",
      "/set-password/abc",
      "/cases\n/x",
      "",
      null,
      undefined,
      `/${"a".repeat(600)}`,
      // Dot segments that the URL parser resolves into a protocol-relative path (review6 item 1).
      "/.//evil.example/x",
      "/%2e//evil.example/x",
      "/%2E//evil.example",
      "/a/..//evil.example/x",
      "/././/evil.example",
    ]) {
      expect(safeCallbackPath(bad), String(bad)).toBeNull();
    }
  });

  it("whatever the input, the result is null or a path on this origin", () => {
    // Strings built from the pieces of path tricks, as well as arbitrary strings.
    const piece = fc.constantFrom("/", ".", "..", "%2e", "%2E", "%2f", "\\", "evil.example", "cases", "?", "#", "@", ":");
    const tricky = fc.array(piece, { maxLength: 8 }).map((p) => "/" + p.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), tricky), (s) => {
        const r = safeCallbackPath(s);
        if (r !== null) {
          expect(r.startsWith("/")).toBe(true);
          expect(r.startsWith("//")).toBe(false);
          // What a browser does with the Location header: resolve it against the app's own URL.
          expect(new URL(r, "https://samspil.example/login").host).toBe("samspil.example");
          expect(new URL(r, "http://samspil.invalid").origin).toBe("http://samspil.invalid");
        }
      }),
    );
  });
});
