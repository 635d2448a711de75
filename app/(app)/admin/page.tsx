import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { listStaff } from "@/lib/domain/admin/list-staff";
import { listCompetenceTags } from "@/lib/domain/admin/list-competence-tags";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/PageHeader";
import { Badge } from "@/components/ui/Badge";
import { buttonClass } from "@/components/ui/Button";
import { Section } from "@/components/ui/Section";
import { Table, Td } from "@/components/ui/Table";
import { tagLabeller } from "./_components/tag-labels";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("admin.title") };
}

async function AdminHome() {
  const actor = await requireActor();
  if (!can(actor, "user.manage")) notFound();
  const [t, users, tags] = await Promise.all([getT(), orNotFound(listStaff(actor)), orNotFound(listCompetenceTags(actor))]);
  const tagLabel = tagLabeller(t, tags);
  return (
    <>
      <PageHeader
        title={t("admin.title")}
        intro={t("admin.intro")}
        actions={
          <>
            <Link prefetch={false} href="/admin/users/new" className={buttonClass("primary")}>
              {t("admin.links.newUser")}
            </Link>
            <Link prefetch={false} href="/admin/users/import" className={buttonClass("secondary")}>
              {t("admin.links.importUsers")}
            </Link>
            <Link prefetch={false} href="/admin/competences" className={buttonClass("secondary")}>
              {t("admin.links.competences")}
            </Link>
            <Link prefetch={false} href="/admin/settings" className={buttonClass("secondary")}>
              {t("admin.links.settings")}
            </Link>
            <Link prefetch={false} href="/admin/rules" className={buttonClass("secondary")}>
              {t("admin.links.rules")}
            </Link>
          </>
        }
      />
      <Section id="users" title={t("admin.users.title")}>
        <Table
          caption={t("admin.users.caption")}
          hideCaption
          head={[
            t("admin.users.name"),
            t("admin.users.email"),
            t("admin.users.role"),
            t("admin.users.department"),
            t("admin.users.tags"),
            t("admin.users.signIn"),
            t("admin.users.status"),
          ]}
        >
          {users.map((u) => (
            <tr key={u.id}>
              <Td>
                <Link href={`/admin/users/${u.id}`} prefetch={false}>
                  {u.name}
                </Link>
              </Td>
              <Td>{u.email}</Td>
              <Td>{t(`common.roles.${u.role}`)}</Td>
              <Td>{u.departmentName ?? "—"}</Td>
              <Td>{u.competenceTags.length ? u.competenceTags.map(tagLabel).join(", ") : "—"}</Td>
              <Td>{t(`admin.users.signInMethod.${u.signInMethod}`)}</Td>
              <Td>
                <span className="flex flex-wrap gap-1">
                  {u.active ? (
                    <Badge tone="success">{t("admin.users.active")}</Badge>
                  ) : (
                    <Badge tone="danger">{t("admin.users.disabled")}</Badge>
                  )}
                  {u.locked ? <Badge tone="warning">{t("admin.users.locked")}</Badge> : null}
                  {u.active && u.awaitingPassword ? <Badge tone="info">{t("admin.users.awaitingPassword")}</Badge> : null}
                </span>
              </Td>
            </tr>
          ))}
        </Table>
      </Section>
    </>
  );
}

export default withPageMessages("/admin", AdminHome);
