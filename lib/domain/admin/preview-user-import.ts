// Bulk onboarding, step 1 (issue 13): the administrator uploads a CSV of users and sees every row
// with the field at fault marked. Nothing is written.
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { TUserImport } from "@/lib/validation/admin";
import { checkUserImport, type ImportCheck } from "./check-user-import";

/**
 * Reads and checks a users CSV (columns name, email, role, department, tags, sign-in; Danish or English headers).
 * @returns the rows with per-column errors and whether all are valid, or the file-level problem.
 * @throws NotFoundError without user.manage.
 */
export const previewUserImport = defineUseCase(
  { capability: "user.manage", notFound: "user" },
  async (ctx, input: TUserImport): Promise<ImportCheck> => checkUserImport(ctx, input.csv),
);
