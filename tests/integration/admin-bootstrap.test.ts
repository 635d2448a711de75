// The first administrator of a new installation (npm run admin:create): organisation and departments
// when missing, an ADMIN with a one-time link (or SSO), refusing a taken email.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bootstrapAdmin } from "@/scripts/lib/bootstrap-admin";
import { inspectSetupToken, redeemSetupToken } from "@/lib/auth/password-setup";
import { checkCredentials } from "@/lib/auth/login";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";

beforeAll(setupTestDb);
afterAll(teardownTestDb);

const base = {
  organisation: "Herning Kommune",
  jurisdiction: "DK",
  jobcenter: "Jobcenter Herning",
  healthCenter: "Sundhedscenter Herning",
};

describe("bootstrapping the first administrator", () => {
  it("creates the organisation with both departments and an admin whose link sets a working password", async () => {
    const { db } = testDb();
    const r = await bootstrapAdmin({ ...base, name: "Lise Jensen", email: "Lise@Herning.dk", sso: false });
    expect(r.createdOrganisation).toBe(true);
    expect(
      (await db.department.findMany({ where: { organisationId: r.organisationId }, orderBy: { kind: "asc" } })).map((d) => d.kind),
    ).toEqual(["JOBCENTER", "HEALTH_CENTER"]);
    expect(await db.user.findUniqueOrThrow({ where: { id: r.userId } })).toMatchObject({
      role: "ADMIN",
      email: "lise@herning.dk",
      signInMethod: "PASSWORD",
    });
    const token = r.setupPath!.split("/").pop()!;
    expect(await inspectSetupToken(token)).toEqual({ name: "Lise Jensen", email: "lise@herning.dk" });
    expect(await redeemSetupToken(token, "Kommunens-nye-system-2026")).toEqual({ ok: true });
    expect(await checkCredentials("lise@herning.dk", "Kommunens-nye-system-2026")).toEqual({ ok: true, userId: r.userId });
  });

  it("reuses an existing organisation, gives an SSO admin no link, and refuses a taken email or unknown jurisdiction", async () => {
    const r = await bootstrapAdmin({ ...base, name: "Ole Sso", email: "ole@herning.dk", sso: true });
    expect(r).toMatchObject({ createdOrganisation: false, setupPath: null });
    await expect(bootstrapAdmin({ ...base, name: "Igen", email: "ole@herning.dk", sso: true })).rejects.toThrow(/exists already/);
    await expect(bootstrapAdmin({ ...base, jurisdiction: "XX", name: "X", email: "x@herning.dk", sso: true })).rejects.toThrow(
      /jurisdiction/,
    );
  });
});
