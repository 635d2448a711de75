// The first administrator of a new installation (README "Deploying"): without demo data there is no
// user who could open the admin pages, so an operator runs `npm run admin:create` once. It creates
// the organisation with its jobcenter and health-center departments when it does not exist yet, and
// an ADMIN user who signs in with SSO, or with a password chosen through a one-time link (printed).
// Runs outside any request (no actor), so it writes the history itself, as the new admin.
import "server-only";
import { getDb } from "@/lib/db/client";
import { newSetupToken, setupPath, SETUP_LINK_HOURS } from "@/lib/auth/password-setup";
import { hasRuleset } from "@/lib/rules/registry";

export type BootstrapInput = {
  organisation: string;
  jurisdiction: string;
  jobcenter: string;
  healthCenter: string;
  name: string;
  email: string;
  sso: boolean;
};

export type BootstrapResult = { organisationId: string; createdOrganisation: boolean; userId: string; setupPath: string | null };

/**
 * Creates (or reuses, by exact name) the organisation and adds an administrator to it.
 * @throws Error with a message for the operator when the email is taken or the jurisdiction has no ruleset.
 */
export async function bootstrapAdmin(input: BootstrapInput, now = new Date()): Promise<BootstrapResult> {
  if (!hasRuleset(input.jurisdiction)) throw new Error(`no deadline ruleset for jurisdiction "${input.jurisdiction}"`);
  const email = input.email.normalize("NFC").trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`"${input.email}" is not an email address`);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } }))
      throw new Error(`a user with the email ${email} exists already`);
    let org = await tx.organisation.findFirst({ where: { name: input.organisation }, select: { id: true } });
    const createdOrganisation = !org;
    if (!org) {
      org = await tx.organisation.create({ data: { name: input.organisation, jurisdiction: input.jurisdiction }, select: { id: true } });
      await tx.department.createMany({
        data: [
          { organisationId: org.id, kind: "JOBCENTER", name: input.jobcenter },
          { organisationId: org.id, kind: "HEALTH_CENTER", name: input.healthCenter },
        ],
      });
    }
    const user = await tx.user.create({
      data: { organisationId: org.id, name: input.name.trim(), email, role: "ADMIN", signInMethod: input.sso ? "SSO" : "PASSWORD" },
      select: { id: true },
    });
    await tx.recordVersion.create({
      data: {
        organisationId: org.id,
        recordType: "User",
        recordId: user.id,
        version: 1,
        action: "CREATE",
        changes: { name: { from: null, to: input.name.trim() }, email: { from: null, to: email }, role: { from: null, to: "ADMIN" } },
        reason: "npm run admin:create",
        changedById: user.id,
      },
    });
    let path: string | null = null;
    if (!input.sso) {
      const { token, tokenHash } = newSetupToken();
      await tx.passwordSetupToken.create({
        data: { userId: user.id, tokenHash, createdById: user.id, expiresAt: new Date(now.getTime() + SETUP_LINK_HOURS * 3_600_000) },
      });
      path = setupPath(token);
    }
    return { organisationId: org.id, createdOrganisation, userId: user.id, setupPath: path };
  });
}
