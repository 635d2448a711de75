import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { listUsers } from "@/lib/domain/users/list-users";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/PageHeader";
import { buttonClass } from "@/components/ui/Button";
import { Section } from "@/components/ui/Section";
import { Table, Td } from "@/components/ui/Table";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("home.admin.title") };
}

export default async function AdminHome() {
  const actor = await requireActor();
  if (!can(actor, "admin.manage")) notFound();
  const [t, users] = await Promise.all([getT(), listUsers(actor)]);
  return (
    <>
      <PageHeader
        title={t("home.admin.title")}
        intro={t("home.admin.intro")}
        actions={
          <Link href="/admin/rules" className={buttonClass("secondary")}>
            {t("rules.adminLink")}
          </Link>
        }
      />
      <Section id="users" title={t("home.admin.users")}>
        <Table
          caption={t("home.admin.users")}
          hideCaption
          head={[t("home.admin.name"), t("home.admin.email"), t("home.admin.role"), t("home.admin.department"), t("home.admin.active")]}
        >
          {users.map((u) => (
            <tr key={u.id}>
              <Td>{u.name}</Td>
              <Td>{u.email}</Td>
              <Td>{t(`common.roles.${u.role}`)}</Td>
              <Td>{u.department ? u.department.name : "—"}</Td>
              <Td>{u.active ? t("common.yes") : t("common.no")}</Td>
            </tr>
          ))}
        </Table>
      </Section>
    </>
  );
}
