import { notFound } from "next/navigation";
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { listCompetenceTags } from "@/lib/domain/admin/list-competence-tags";
import { listDepartments } from "@/lib/domain/admin/list-departments";
import { getT } from "@/lib/i18n/server";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { UserForm } from "../../_components/UserForm";
import { tagOptions } from "../../_components/tag-labels";
import { createUserAction } from "../actions";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("admin.users.newTitle") };
}

async function NewUserPage() {
  const actor = await requireActor();
  if (!can(actor, "user.manage")) notFound();
  const [t, tags, departments] = await Promise.all([getT(), orNotFound(listCompetenceTags(actor)), orNotFound(listDepartments(actor))]);
  return (
    <>
      <BackLink href="/admin">{t("admin.links.backToUsers")}</BackLink>
      <PageHeader title={t("admin.users.newTitle")} intro={t("admin.users.newIntro")} />
      <Section id="new-user" title={t("admin.users.detail.facts")}>
        <UserForm mode="create" action={createUserAction} departments={departments} tags={tagOptions(t, tags)} />
      </Section>
    </>
  );
}

export default withPageMessages("/admin/users/new", NewUserPage);
