"use server";
// User administration (issue 13): each action parses with the shared schema and calls ONE use case.
// Set-password tokens come back from the use case once and are turned into the link the admin hands over.
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { setupPath } from "@/lib/auth/password-setup";
import { env } from "@/lib/env";
import { createUser } from "@/lib/domain/admin/create-user";
import { updateUser } from "@/lib/domain/admin/update-user";
import { disableUser } from "@/lib/domain/admin/disable-user";
import { enableUser } from "@/lib/domain/admin/enable-user";
import { unlockUser } from "@/lib/domain/admin/unlock-user";
import { issuePasswordLink } from "@/lib/domain/admin/issue-password-link";
import { previewUserImport } from "@/lib/domain/admin/preview-user-import";
import { importUsers } from "@/lib/domain/admin/import-users";
import type { ActionState } from "@/lib/validation/form";
import { ZCreateUser, ZIssuePasswordLink, ZSetUserActive, ZUnlockUser, ZUpdateUser, ZUserImport } from "@/lib/validation/admin";

export type LinkData = { url: string; expiresAt: Date } | null;

const linkOf = (l: { token: string; expiresAt: Date } | null): LinkData =>
  l ? { url: `${env.publicUrl}${setupPath(l.token)}`, expiresAt: l.expiresAt } : null;

function done<T>(r: ActionState<T>, userId?: string): ActionState<T> {
  if (r.ok) {
    revalidatePath("/admin");
    if (userId) revalidatePath(`/admin/users/${userId}`);
  }
  return r;
}

export async function createUserAction(_prev: ActionState, fd: FormData): Promise<ActionState<{ id: string; link: LinkData }>> {
  const r = await runAction(
    ZCreateUser,
    fd,
    async (actor, data) => {
      const out = await createUser(actor, data);
      return { id: out.id, link: linkOf(out.link) };
    },
    "admin.users.form.created",
  );
  return done(r);
}

export async function updateUserAction(_prev: ActionState, fd: FormData): Promise<ActionState<{ link: LinkData }>> {
  const r = await runAction(
    ZUpdateUser,
    fd,
    async (actor, data) => ({ link: linkOf((await updateUser(actor, data)).link) }),
    "admin.users.form.updated",
  );
  return done(r, String(fd.get("userId") ?? ""));
}

export async function disableUserAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(
    await runAction(ZSetUserActive, fd, (actor, data) => disableUser(actor, data), "admin.users.actions.disabled"),
    String(fd.get("userId") ?? ""),
  );
}

export async function enableUserAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(
    await runAction(ZSetUserActive, fd, (actor, data) => enableUser(actor, data), "admin.users.actions.enabled"),
    String(fd.get("userId") ?? ""),
  );
}

export async function unlockUserAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return done(
    await runAction(ZUnlockUser, fd, (actor, data) => unlockUser(actor, data), "admin.users.actions.unlocked"),
    String(fd.get("userId") ?? ""),
  );
}

export async function issuePasswordLinkAction(_prev: ActionState, fd: FormData): Promise<ActionState<{ link: LinkData }>> {
  const r = await runAction(
    ZIssuePasswordLink,
    fd,
    async (actor, data) => ({ link: linkOf(await issuePasswordLink(actor, data)) }),
    "admin.users.link.issued",
  );
  return done(r, String(fd.get("userId") ?? ""));
}

export async function previewUserImportAction(_prev: ActionState, fd: FormData) {
  return runAction(ZUserImport, fd, (actor, data) => previewUserImport(actor, data));
}

export async function importUsersAction(_prev: ActionState, fd: FormData) {
  const r = await runAction(ZUserImport, fd, async (actor, data) =>
    (await importUsers(actor, data)).map((u) => ({ id: u.id, name: u.name, email: u.email, link: linkOf(u.link) })),
  );
  return done(r);
}
