// What a refused submission sends back to the form (ADR 0033): the user's text values, never a
// password/secret/token, never the framework's $ACTION fields or files, never longer than the
// schema's limit.
import fc from "fast-check";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { hasPasswordField, postedValues, textLimits } from "@/lib/validation/form";
import { ZChangeOwnPassword, ZSetPassword } from "@/lib/validation/account";
import { ZCreateCitizen } from "@/lib/validation/citizens";

function fd(entries: [string, string | Blob][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe("postedValues", () => {
  it("keeps text values, lists of repeated and [] names, and drops secrets, $ACTION fields and files", () => {
    const values = postedValues(
      fd([
        ["title", "Sagskonference"],
        ["participantIds[]", "a"],
        ["participantIds[]", "b"],
        ["one[]", "only"],
        ["tag", "x"],
        ["tag", "y"],
        ["version", "3"],
        ["password", "Hemmelig-123"],
        ["newPassword", "Hemmelig-123"],
        ["confirmPassword", "Hemmelig-123"],
        ["confirm", "Hemmelig-123"],
        ["clientSecret", "s"],
        ["setupToken", "t"],
        ["csrfToken", "c"],
        ["$ACTION_ID_abc123", ""],
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", "{}"],
        ["attachment", new File(["x"], "cv.pdf")],
      ]),
    );
    expect(values).toEqual({
      title: "Sagskonference",
      participantIds: ["a", "b"],
      one: ["only"],
      tag: ["x", "y"],
      version: "3",
    });
  });

  it("the real password fields (NewPasswordFields, ChangePasswordForm) are never among the values", () => {
    const values = postedValues(
      fd([
        ["username", "anna@example.dk"],
        ["currentPassword", "Gammel-Kode-1"],
        ["password", "Ny-Kode-12345"],
        ["confirm", "Ny-Kode-1234"],
      ]),
      textLimits(ZChangeOwnPassword),
    );
    expect(JSON.stringify(values)).not.toMatch(/Kode/);
  });

  it("a schema with a password field is one of passwords (runAction echoes nothing of it); others are not", () => {
    expect(hasPasswordField(ZChangeOwnPassword)).toBe(true);
    expect(hasPasswordField(ZSetPassword)).toBe(true);
    expect(hasPasswordField(ZCreateCitizen)).toBe(false);
  });

  it("a password field is named password/passwd/passphrase/passcode/pwd, not any name with 'pass' in it (fix14 item 5)", () => {
    for (const name of ["password", "currentPassword", "new_password", "PASSWORD", "passwd", "adminPwd", "passphrase", "passcode"])
      expect(hasPasswordField(z.object({ [name]: z.string() })), name).toBe(true);
    for (const name of ["passportNo", "bypassReason", "passengers", "compass", "confirm", "note"])
      expect(hasPasswordField(z.object({ [name]: z.string() })), name).toBe(false);
  });

  it("cuts each value at the schema's limit, else at 1000 characters", () => {
    const values = postedValues(
      fd([
        ["title", "x".repeat(250)],
        ["note", "y".repeat(5000)],
        ["list[]", "z".repeat(30)],
      ]),
      { title: 200, list: 10 },
    );
    expect(values.title).toBe("x".repeat(200));
    expect(values.note).toBe("y".repeat(1000));
    expect(values.list).toEqual(["z".repeat(10)]);
  });

  it("keeps names like __proto__ as plain own keys", () => {
    const values = postedValues(
      fd([
        ["__proto__", "p"],
        ["constructor", "c"],
      ]),
    );
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.keys(values).sort()).toEqual(["__proto__", "constructor"]);
    expect(({} as Record<string, unknown>).p).toBeUndefined();
  });

  it("caps the number of fields and of list items", () => {
    const many = postedValues(fd(Array.from({ length: 300 }, (_, i) => [`f${i}`, "v"] as [string, string])));
    expect(Object.keys(many)).toHaveLength(200);
    const long = postedValues(fd(Array.from({ length: 300 }, () => ["ids[]", "v"] as [string, string])));
    expect(long.ids).toHaveLength(200);
  });

  it("property: only sent, non-secret names come back, each value a capped prefix of a value sent under that name", () => {
    const secretish = fc.constantFrom(
      "password",
      "Password2",
      "newPassword",
      "secret",
      "api_key",
      "token",
      "resetToken",
      "pwd",
      "otp",
      "confirm",
    );
    const plain = fc
      .stringMatching(/^[a-z]{1,8}(\[\])?$/)
      .filter((n) => !/pass|secret|token|pwd|otp|credential|csrf|nonce|api[-_]?key|confirm/i.test(n));
    const name = fc.oneof(plain, secretish, fc.constant("$ACTION_ID_x"), fc.constant("$ACTION_REF_2"));
    const limits = fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.integer({ min: 1, max: 50 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.string({ maxLength: 80 })), { maxLength: 30 }), limits, (entries, lim) => {
        const values = postedValues(fd(entries), lim);
        for (const [key, v] of Object.entries(values)) {
          expect(key).not.toMatch(/pass|secret|token|pwd|otp|confirm|^\$ACTION/i);
          const sent = entries.filter(([k]) => k === key || k === `${key}[]`).map(([, s]) => s);
          expect(sent.length).toBeGreaterThan(0);
          for (const one of Array.isArray(v) ? v : [v]) {
            expect(one.length).toBeLessThanOrEqual(lim[key] ?? 1000);
            expect(sent.some((s) => s.startsWith(one))).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
