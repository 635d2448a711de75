import { notFound } from "next/navigation";
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { listCompetenceTags } from "@/lib/domain/admin/list-competence-tags";
import { getT } from "@/lib/i18n/server";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table, Td } from "@/components/ui/Table";
import { CompetenceForm } from "../_components/CompetenceForm";
import { tagLabeller } from "../_components/tag-labels";
import { addCompetenceTagAction } from "./actions";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("admin.tags.title") };
}

async function CompetencesPage() {
  const actor = await requireActor();
  if (!can(actor, "user.manage")) notFound();
  const [t, tags] = await Promise.all([getT(), orNotFound(listCompetenceTags(actor))]);
  const label = tagLabeller(t, tags);
  return (
    <>
      <BackLink href="/admin">{t("admin.links.backToUsers")}</BackLink>
      <PageHeader title={t("admin.tags.title")} intro={t("admin.tags.intro")} />
      <Section id="add" title={t("admin.tags.add")}>
        <CompetenceForm action={addCompetenceTagAction} />
      </Section>
      <Section id="list" title={t("admin.tags.caption")}>
        <Table caption={t("admin.tags.caption")} hideCaption head={[t("admin.tags.label"), t("admin.tags.key"), t("admin.tags.kind")]}>
          {tags.map((tag) => (
            <tr key={tag.key}>
              <Td>{label(tag.key)}</Td>
              <Td>
                <code>{tag.key}</code>
              </Td>
              <Td>{tag.builtIn ? t("admin.tags.builtIn") : t("admin.tags.own")}</Td>
            </tr>
          ))}
        </Table>
      </Section>
    </>
  );
}

export default withPageMessages("/admin/competences", CompetencesPage);
