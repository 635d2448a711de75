// Bulk onboarding, step 2 (issue 13): after the preview, the administrator confirms and every user of
// the CSV is created in one transaction: all rows or none. The same text is checked again here (the
// preview is only advice), and password users get set-password links, returned once to the admin.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import type { TUserImport } from "@/lib/validation/admin";
import { checkUserImport } from "./check-user-import";
import { createUser } from "./create-user";

export type ImportedUser = { id: string; name: string; email: string; link: { token: string; expiresAt: Date } | null };

/**
 * Creates every user of the CSV, or none.
 * @returns the created users with their set-password links (password users), in file order.
 * @throws NotFoundError without user.manage; DomainRuleError on csv: the file-level problem, or
 *   "admin.import.errors.notAllValid" when any row has an error (nothing is created), or a create error
 *   (e.g. an email taken in another municipality) which rolls back every row.
 */
export const importUsers = defineUseCase(
  { capability: "user.manage", notFound: "user" },
  async (ctx, input: TUserImport): Promise<ImportedUser[]> => {
    const check = await checkUserImport(ctx, input.csv);
    if (!check.ok) throw new DomainRuleError(check.error, "csv");
    if (!check.valid) throw new DomainRuleError("admin.import.errors.notAllValid", "csv");
    const out: ImportedUser[] = [];
    for (const row of check.rows) {
      const user = row.user!;
      try {
        const r = await createUser.within(ctx, user);
        out.push({ id: r.id, name: user.name, email: user.email, link: r.link });
      } catch (e) {
        if (e instanceof DomainRuleError)
          throw new DomainRuleError(e.code === "admin.users.errors.emailTaken" ? "admin.import.errors.emailTakenElsewhere" : e.code, "csv");
        throw e;
      }
    }
    return out;
  },
);
