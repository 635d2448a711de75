// One user for the administrator's user page (issue 13): the editable fields with their version, the
// state (active, locked, password set, open set-password link, SSO linked) and the user's history
// (who changed what, when: old → new), e.g. every role and department change.
import type { DepartmentKind, Role, SignInMethod } from "@/lib/db/generated/client";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { staffNames } from "@/lib/domain/users/staff-names";
import { changeRecord } from "@/lib/domain/history/history-entry";
import type { ChangeRecord } from "@/lib/domain/history/types";

export type StaffHistoryRow = ChangeRecord<Record<string, { from: unknown; to: unknown }>> & { version: number; action: string };

export type StaffMember = {
  id: string;
  name: string;
  email: string;
  role: Role;
  departmentId: string | null;
  departmentName: string | null;
  competenceTags: string[];
  signInMethod: SignInMethod;
  active: boolean;
  version: number;
  lockedUntil: Date | null;
  hasPassword: boolean;
  ssoLinked: boolean;
  /** When the newest open set-password link expires, if one is open. */
  openLinkExpiresAt: Date | null;
  isSelf: boolean;
  history: StaffHistoryRow[];
  departments: { id: string; name: string; kind: DepartmentKind }[];
};

/**
 * The user `userId` of the admin's organisation, with history newest first and the organisation's departments (for the form).
 * @throws NotFoundError when the user is missing, in another organisation, or the actor lacks user.manage.
 */
export const getStaffMember = defineUseCase(
  { capability: "user.manage", notFound: "user" },
  async (ctx, userId: string): Promise<StaffMember> => {
    const u = await ctx.write.user.get({
      where: { id: userId },
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        departmentId: true,
        competenceTags: true,
        signInMethod: true,
        active: true,
        version: true,
        lockedUntil: true,
        passwordHash: true,
        externalId: true,
        department: { select: { name: true } },
      },
    });
    const [link, versions, departments] = [
      await ctx.tx.passwordSetupToken.findFirst({
        where: { userId: u.id, usedAt: null, revokedAt: null, expiresAt: { gt: ctx.now } },
        orderBy: { expiresAt: "desc" },
        select: { expiresAt: true },
      }),
      await ctx.read.recordVersion.findMany({
        where: { recordType: "User", recordId: u.id },
        orderBy: [{ changedAt: "desc" }, { version: "desc" }],
        take: 500,
        select: { id: true, version: true, action: true, changes: true, reason: true, changedAt: true, changedById: true },
      }),
      await ctx.read.department.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } }),
    ];
    const names = await staffNames(
      ctx,
      versions.map((v) => v.changedById),
    );
    const { passwordHash, externalId, department, ...rest } = u;
    return {
      ...rest,
      departmentName: department?.name ?? null,
      hasPassword: passwordHash !== null,
      ssoLinked: externalId !== null,
      openLinkExpiresAt: link?.expiresAt ?? null,
      isSelf: u.id === ctx.actor.userId,
      history: versions.map((v) => ({ ...changeRecord(v, names), version: v.version, action: v.action })),
      departments,
    };
  },
);
