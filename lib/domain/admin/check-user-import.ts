// Checks every row of a users CSV against the same rules as creating one user by hand (the shared
// schema ZCreateUser, the role's department, the tag list) plus uniqueness of the email within the
// file and the organisation. Used by the preview and again, on the same text, by the import itself.
import { departmentFitForRole } from "@/lib/auth/policy";
import type { DepartmentKind } from "@/lib/db/generated/client";
import { programmes as daProgrammes } from "@/lib/i18n/messages/da/programmes";
import { programmes as enProgrammes } from "@/lib/i18n/messages/en/programmes";
import type { UseCaseContext } from "@/lib/domain/run-use-case";
import { zodFieldErrors } from "@/lib/validation/form";
import { ZCreateUser, type TCreateUser } from "@/lib/validation/admin";
import { readUserCsv, roleFromCsv, sameName, signInFromCsv, tagEntries, type ImportColumn } from "./user-csv";

export type ImportRow = {
  line: number;
  values: Record<ImportColumn, string>;
  /** Translation keys per column; empty when the row is valid. */
  errors: Partial<Record<ImportColumn, string[]>>;
  /** The user to create, when the row is valid. */
  user: TCreateUser | null;
};

export type ImportCheck = { ok: true; rows: ImportRow[]; valid: boolean } | { ok: false; error: string; missing?: ImportColumn[] };

/** The role column's error for a role that is not one of ASSIGNABLE_ROLES (by any of its names). */
export const ROLE_UNKNOWN = "admin.import.errors.roleUnknown";

/** Schema field → CSV column, for placing the schema's errors on the right cell. */
const COLUMN_OF: Record<string, ImportColumn> = {
  name: "name",
  email: "email",
  role: "role",
  departmentId: "department",
  signInMethod: "signIn",
  competenceTags: "tags",
};

const DEPARTMENT_KIND_WORDS: Record<string, DepartmentKind> = {
  jobcenter: "JOBCENTER",
  sundhedscenter: "HEALTH_CENTER",
  healthcenter: "HEALTH_CENTER",
  health_center: "HEALTH_CENTER",
};

/**
 * Reads and checks the CSV for the actor's organisation. Nothing is written.
 * @returns the rows with their errors (valid = every row is), or the file-level problem.
 */
export async function checkUserImport(ctx: UseCaseContext, csv: string): Promise<ImportCheck> {
  const read = readUserCsv(csv);
  if (!read.ok) return read;
  const [departments, ownTags, staff] = [
    await ctx.read.department.findMany({ select: { id: true, name: true, kind: true } }),
    await ctx.read.competenceTag.findMany({ select: { key: true, label: true } }),
    await ctx.read.user.findMany({
      where: { email: { in: read.rows.map((r) => r.values.email.normalize("NFC").trim().toLowerCase()) } },
      select: { email: true },
    }),
  ];
  const tagNames: { key: string; names: string[] }[] = [
    ...Object.entries(daProgrammes.tags).map(([key, da]) => ({
      key,
      names: [key, da, enProgrammes.tags[key as keyof typeof enProgrammes.tags]],
    })),
    ...ownTags.map((t) => ({ key: t.key, names: [t.key, t.label] })),
  ];
  const taken = new Set(staff.map((u) => u.email));
  const seen = new Set<string>();

  const rows: ImportRow[] = read.rows.map(({ line, values }) => {
    const errors: ImportRow["errors"] = {};
    const add = (col: ImportColumn, key: string) => {
      const list = (errors[col] ??= []);
      if (!list.includes(key)) list.push(key);
    };

    const deptText = values.department;
    let departmentId = "";
    let deptKind: DepartmentKind | null = null;
    if (deptText) {
      const byName = departments.filter((d) => sameName(d.name, deptText));
      const kind = DEPARTMENT_KIND_WORDS[deptText.toLocaleLowerCase("da").replace(/\s+/g, "")];
      const byKind = kind ? departments.filter((d) => d.kind === kind) : [];
      const match = byName.length === 1 ? byName[0] : byName.length === 0 && byKind.length === 1 ? byKind[0] : undefined;
      if (match) [departmentId, deptKind] = [match.id, match.kind];
      else
        add(
          "department",
          byName.length > 1 || byKind.length > 1 ? "admin.import.errors.departmentAmbiguous" : "admin.import.errors.departmentUnknown",
        );
    }
    const tags: string[] = [];
    for (const entry of tagEntries(values.tags)) {
      const found = tagNames.find((t) => t.names.some((n) => sameName(n, entry)));
      if (found) tags.push(found.key);
      else add("tags", "admin.users.errors.unknownTag");
    }
    const parsed = ZCreateUser.safeParse({
      name: values.name,
      email: values.email,
      role: roleFromCsv(values.role),
      departmentId,
      signInMethod: signInFromCsv(values.signIn),
      competenceTags: tags,
    });
    if (!parsed.success) {
      for (const [field, keys] of Object.entries(zodFieldErrors(parsed.error))) {
        const col = COLUMN_OF[field.split(".")[0]!] ?? "name";
        // A role the file names unknown: the message lists the roles it may name (fix16 item 6b; the
        // form fills in their names, ImportForm), not "choose one of the options" of a select.
        keys.forEach((k) => add(col, col === "role" && k === "errors.invalidChoice" ? ROLE_UNKNOWN : k));
      }
    } else {
      const u = parsed.data;
      if (!errors.department) {
        const fit = departmentFitForRole(u.role, deptKind);
        if (fit !== "ok") add("department", `admin.users.errors.${fit}`);
      }
      if (taken.has(u.email)) add("email", "admin.users.errors.emailTaken");
      else if (seen.has(u.email)) add("email", "admin.import.errors.duplicateInFile");
      seen.add(u.email);
    }
    const valid = Object.keys(errors).length === 0 && parsed.success;
    return { line, values, errors, user: valid ? parsed.data : null };
  });
  return { ok: true, rows, valid: rows.every((r) => r.user !== null) };
}
