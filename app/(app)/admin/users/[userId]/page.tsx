import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { getStaffMember } from "@/lib/domain/admin/get-staff-member";
import { listCompetenceTags } from "@/lib/domain/admin/list-competence-tags";
import { userFormColumns } from "@/lib/domain/admin/staff-helpers";
import { formatDateTime } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { Alert } from "@/components/ui/Alert";
import { DescriptionList } from "@/components/ui/DescriptionList";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { ChangeHistory } from "../../_components/ChangeHistory";
import { changeText } from "../../_components/change-text";
import { tagLabeller, tagOptions } from "../../_components/tag-labels";
import { ActiveForm, IssueLinkForm, UnlockForm } from "../../_components/UserAccountActions";
import { UserForm } from "../../_components/UserForm";
import { disableUserAction, enableUserAction, issuePasswordLinkAction, unlockUserAction, updateUserAction } from "../actions";
import { withPageMessages } from "@/components/layout/PageMessages";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIELDS = new Set([
  "name",
  "email",
  "role",
  "department",
  "signInMethod",
  "competenceTags",
  "active",
  "lockedUntil",
  "passwordLink",
  "password",
  "ssoSubject",
]);

/** The staff member of this request, read once for the title and the page (React's per-request cache). */
const loadUser = cache(async (userId: string) => {
  const actor = await requireActor();
  if (!can(actor, "user.manage") || !UUID.test(userId)) notFound();
  return { actor, u: await orNotFound(getStaffMember(actor, userId)) };
});

/** The tab title names the user, like the case page (walk6). */
export async function generateMetadata({ params }: { params: Promise<{ userId: string }> }) {
  const [{ u }, t] = await Promise.all([loadUser((await params).userId), getT()]);
  return { title: t("cases.titles.user", { name: u.name }) };
}

async function UserPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const { actor, u } = await loadUser(userId);
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const tags = await orNotFound(listCompetenceTags(actor));
  const tagLabel = tagLabeller(t, tags);
  const labelOf = (f: string) => (FIELDS.has(f) ? t(`admin.users.field.${f}` as never) : f);
  const locked = !!u.lockedUntil && u.lockedUntil > new Date();
  return (
    <>
      <BackLink href="/admin">{t("admin.links.backToUsers")}</BackLink>
      <PageHeader
        title={u.name}
        intro={`${t(`common.roles.${u.role}`)}${u.departmentName ? ` · ${u.departmentName}` : ""}`}
        actions={
          <Link href={`/admin/users/${u.id}/access-log`} prefetch={false}>
            {t("admin.users.detail.accessLog")}
          </Link>
        }
      />
      {u.isSelf ? <Alert>{t("admin.users.detail.self")}</Alert> : null}
      <Section id="account" title={t("admin.users.detail.account")}>
        <DescriptionList
          items={[
            { term: t("admin.users.status"), value: u.active ? t("admin.users.active") : t("admin.users.disabled") },
            { term: t("admin.users.signIn"), value: t(`admin.users.signInMethod.${u.signInMethod}`) },
            {
              term: t("admin.users.field.password"),
              value:
                u.signInMethod === "SSO" ? "—" : u.hasPassword ? t("admin.users.detail.hasPassword") : t("admin.users.detail.noPassword"),
            },
            { term: t("admin.users.ssoLinked"), value: u.ssoLinked ? t("common.yes") : t("common.no") },
          ]}
        />
        <div className="mt-4">
          {locked ? (
            <>
              <Alert>{t("admin.users.detail.lockedUntil", { until: formatDateTime(u.lockedUntil, locale) })}</Alert>
              <UnlockForm userId={u.id} version={u.version} action={unlockUserAction} />
            </>
          ) : null}
          {u.openLinkExpiresAt ? (
            <p className="mb-2 text-sm">{t("admin.users.link.open", { expires: formatDateTime(u.openLinkExpiresAt, locale) })}</p>
          ) : null}
          {u.active && u.signInMethod !== "SSO" ? <IssueLinkForm userId={u.id} action={issuePasswordLinkAction} /> : null}
          {u.isSelf ? null : (
            <ActiveForm
              userId={u.id}
              version={u.version}
              active={u.active}
              disableAction={disableUserAction}
              enableAction={enableUserAction}
            />
          )}
        </div>
      </Section>
      <Section id="edit" title={t("admin.users.detail.edit")}>
        <UserForm
          mode="edit"
          action={updateUserAction}
          departments={u.departments}
          tags={tagOptions(t, tags)}
          userId={u.id}
          version={u.version}
          isSelf={u.isSelf}
          values={userFormColumns(u, u.departmentId)}
        />
      </Section>
      <Section id="history" title={t("admin.users.detail.history")}>
        <ChangeHistory
          rows={u.history}
          locale={locale}
          empty={t("admin.users.detail.noHistory")}
          caption={t("admin.users.detail.historyCaption")}
          head={[t("admin.users.detail.when"), t("admin.users.detail.who"), t("admin.users.detail.what"), t("admin.users.detail.why")]}
          what={(h) => (
            <>
              <p className="font-medium">{t(`admin.users.action.${h.action}` as never)}</p>
              <ul className="list-none space-y-1">
                {Object.entries(h.changes)
                  .filter(([field]) => h.action === "CORRECT" || h.action === "CREATE" || field === "active")
                  .map(([field, c]) => (
                    <li key={field}>{changeText(t, field, c.from, c.to, tagLabel, labelOf)}</li>
                  ))}
              </ul>
            </>
          )}
        />
      </Section>
    </>
  );
}

export default withPageMessages("/admin/users/[userId]", UserPage);
