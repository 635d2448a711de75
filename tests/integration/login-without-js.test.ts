// Sign-in without JavaScript (walk4 item 1): the login form's no-script target /login/password signs
// in through next-auth's credentials provider, so the account lock and the per-address throttle
// apply as on the script path; a wrong password goes back to /login with the same error code the
// page turns into "E-mail eller adgangskode er forkert."; cross-site posts are refused.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.LOGIN_MAX_FAILURES = "3";
  process.env.LOGIN_IP_MAX_FAILURES = "1000";
});

import { POST } from "@/app/(auth)/login/password/route";
import { hashPassword } from "@/lib/auth/password";
import { createOrg } from "../factories/core";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";

const PASSWORD = "Korrekt-Hest-Batteri-1";
const EMAIL = "nojs@test.dk";

beforeAll(async () => {
  await setupTestDb();
  const { db } = testDb();
  const f = await createOrg(db);
  await db.user.create({
    data: {
      organisationId: f.org.id,
      departmentId: f.jobcenter.id,
      email: EMAIL,
      name: "Uden Script",
      role: "CASEWORKER",
      passwordHash: await hashPassword(PASSWORD),
    },
  });
});
afterAll(teardownTestDb);

function post(fields: Record<string, string>, origin = "http://127.0.0.1:3000"): Promise<Response> {
  return POST(
    new Request("http://127.0.0.1:3000/login/password", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", host: "127.0.0.1:3000", origin, "x-forwarded-for": "192.0.2.9" },
      body: new URLSearchParams(fields).toString(),
    }),
  );
}

const sessionCookie = (r: Response) => r.headers.getSetCookie().find((c) => /^(__Secure-)?next-auth\.session-token=/.test(c));

describe("POST /login/password", () => {
  it("signs in with the right password: 303 to the page asked for, with next-auth's session cookie", async () => {
    const r = await post({ email: ` ${EMAIL} `, password: PASSWORD, callbackUrl: "/cases?page=2" });
    expect(r.status).toBe(303);
    expect(r.headers.get("location")).toBe("/cases?page=2");
    expect(sessionCookie(r)).toMatch(/HttpOnly/i);
    const { db } = testDb();
    expect(await db.userSession.count({ where: { user: { email: EMAIL } } })).toBe(1);
  });

  it("sends a wrong password back to /login with CredentialsSignin and no session cookie", async () => {
    const r = await post({ email: EMAIL, password: "forkert", callbackUrl: "https://evil.example/x" });
    expect(r.status).toBe(303);
    expect(r.headers.get("location")).toBe("/login?error=CredentialsSignin");
    expect(sessionCookie(r)).toBeUndefined();
  });

  it("sends empty fields back with Required, naming them and keeping the e-mail typed (review6 item 6)", async () => {
    const r = await post({ email: EMAIL, password: "", callbackUrl: "/cases" });
    expect(r.headers.get("location")).toBe("/login?error=Required&callbackUrl=%2Fcases&missing=password&email=nojs%40test.dk");
    const both = await post({ email: "  ", password: "" });
    expect(both.headers.get("location")).toBe("/login?error=Required&missing=email,password");
  });

  it("never puts the password into the address, and drops an overlong e-mail", async () => {
    const r = await post({ email: "", password: "Hemmelig-Kode-42" });
    expect(r.headers.get("location")).toBe("/login?error=Required&missing=email");
    expect(r.headers.get("location")).not.toContain("Hemmelig");
    const long = await post({ email: `${"a".repeat(320)}@test.dk`, password: "" });
    expect(long.headers.get("location")).toBe("/login?error=Required&missing=password");
  });

  it("counts failures towards the account lock: after the limit even the right password is refused", async () => {
    const { db } = testDb();
    await post({ email: EMAIL, password: "forkert-2" });
    await post({ email: EMAIL, password: "forkert-3" });
    expect((await db.user.findUniqueOrThrow({ where: { email: EMAIL } })).lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    const r = await post({ email: EMAIL, password: PASSWORD });
    expect(r.headers.get("location")).toBe("/login?error=CredentialsSignin");
    expect(sessionCookie(r)).toBeUndefined();
  });

  it("refuses a post from another origin", async () => {
    const r = await post({ email: EMAIL, password: PASSWORD }, "https://evil.example");
    expect(r.status).toBe(403);
  });
});
