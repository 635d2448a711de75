import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { getT } from "@/lib/i18n/server";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { ImportForm } from "../../_components/ImportForm";
import { importUsersAction, previewUserImportAction } from "../actions";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("admin.import.title") };
}

async function ImportUsersPage() {
  const actor = await requireActor();
  if (!can(actor, "user.manage")) notFound();
  const t = await getT();
  return (
    <>
      <BackLink href="/admin">{t("admin.links.backToUsers")}</BackLink>
      <PageHeader title={t("admin.import.title")} intro={t("admin.import.intro")} />
      <Section id="import" title={t("admin.links.importUsers")}>
        <ImportForm previewAction={previewUserImportAction} importAction={importUsersAction} />
      </Section>
    </>
  );
}

export default withPageMessages("/admin/users/import", ImportUsersPage);
