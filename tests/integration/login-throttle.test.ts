// Login throttling per client address (issue 8 item 12, ADR 0009), in addition to the per-account
// lock: after LOGIN_IP_MAX_FAILURES failed sign-ins from one address within the window, that address
// gets the same reply as a wrong password — even with the right password — while other addresses
// are unaffected. The counts live in the database (rate-limiter-flexible's Prisma store), so every
// app instance shares them; the table holds keyed hashes, never addresses.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.LOGIN_IP_MAX_FAILURES = "5";
  process.env.LOGIN_MAX_FAILURES = "100";
});

import { checkCredentials } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/password";
import { createOrg, type OrgFixture } from "../factories/core";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";

const PASSWORD = "Korrekt-Hest-Batteri-1";
let f: OrgFixture;
let email: string;

beforeAll(async () => {
  await setupTestDb();
  const { db } = testDb();
  f = await createOrg(db);
  const u = await db.user.create({
    data: {
      organisationId: f.org.id,
      departmentId: f.jobcenter.id,
      email: "throttle@test.dk",
      name: "Throttle",
      role: "CASEWORKER",
      passwordHash: await hashPassword(PASSWORD),
    },
  });
  email = u.email;
});
afterAll(teardownTestDb);

describe("per-address throttling", () => {
  it("refuses an address after its failures, with the wrong-password reply, and leaves other addresses alone", async () => {
    const { db } = testDb();
    expect(await checkCredentials(email, PASSWORD, new Date(), "203.0.113.7")).toMatchObject({ ok: true });
    for (let i = 0; i < 5; i++)
      expect(await checkCredentials(`nobody${i}@test.dk`, "guess", new Date(), "203.0.113.7")).toEqual({ ok: false });
    // The right password from the throttled address: the same reply as a wrong one.
    expect(await checkCredentials(email, PASSWORD, new Date(), "203.0.113.7")).toEqual({ ok: false });
    expect(await checkCredentials(email, "wrong", new Date(), "203.0.113.7")).toEqual({ ok: false });
    // Another address, same account: fine (the account is not locked by the spray).
    expect(await checkCredentials(email, PASSWORD, new Date(), "198.51.100.20")).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).lockedUntil).toBeNull();
    // Shared state in the database, keyed by a hash: no address is stored.
    const rows = await db.loginThrottle.findMany();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain("203.0.113.7");
    expect(rows.find((r) => r.points >= 5)?.expire?.getTime()).toBeGreaterThan(Date.now());
  });

  it("counts wrong passwords of a real account too", async () => {
    for (let i = 0; i < 5; i++) expect(await checkCredentials(email, `wrong-${i}`, new Date(), "192.0.2.55")).toEqual({ ok: false });
    expect(await checkCredentials(email, PASSWORD, new Date(), "192.0.2.55")).toEqual({ ok: false });
    expect(await checkCredentials(email, PASSWORD, new Date(), "192.0.2.56")).toMatchObject({ ok: true });
  });
});
