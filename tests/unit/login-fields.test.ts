// The login page reads back what the no-JS sign-in refused (review6 item 6): which fields were empty
// and the e-mail typed, bounded and only with error=Required.
import { describe, expect, it } from "vitest";
import { LOGIN_EMAIL_MAX, loginFieldsFromQuery } from "@/lib/auth/login-fields";

describe("loginFieldsFromQuery", () => {
  it("marks the fields named missing and keeps the e-mail typed", () => {
    expect(loginFieldsFromQuery({ error: "Required", missing: "password", email: " a@b.dk " })).toEqual({
      missing: { email: undefined, password: true },
      email: "a@b.dk",
    });
    expect(loginFieldsFromQuery({ error: "Required", missing: "email,password" }).missing).toEqual({ email: true, password: true });
  });

  it("ignores unknown field names, other errors, overlong or control-character e-mails", () => {
    expect(loginFieldsFromQuery({ error: "Required", missing: "username,pw" }).missing).toEqual({ email: undefined, password: undefined });
    expect(loginFieldsFromQuery({ error: "CredentialsSignin", missing: "password", email: "a@b.dk" })).toEqual({
      missing: {},
      email: undefined,
    });
    expect(loginFieldsFromQuery({ error: "Required", email: `${"a".repeat(LOGIN_EMAIL_MAX)}@b.dk` }).email).toBeUndefined();
    expect(loginFieldsFromQuery({ error: "Required", email: "a@b.dk\nX" }).email).toBeUndefined();
    expect(loginFieldsFromQuery({ error: ["Required", "x"], email: ["first@b.dk", "second@b.dk"] }).email).toBe("first@b.dk");
  });
});
