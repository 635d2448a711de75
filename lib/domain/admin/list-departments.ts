// The organisation's departments, for the administrator's user forms.
import type { DepartmentKind } from "@/lib/db/generated/client";
import { defineUseCase } from "@/lib/domain/run-use-case";

/** Departments by name. @throws NotFoundError without user.manage. */
export const listDepartments = defineUseCase(
  { capability: "user.manage", notFound: "department" },
  async (ctx): Promise<{ id: string; name: string; kind: DepartmentKind }[]> =>
    ctx.read.department.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } }),
);
