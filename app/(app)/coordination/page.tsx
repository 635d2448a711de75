import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { listOverdueCases } from "@/lib/domain/home/list-overdue-cases";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDay } from "@/lib/format";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table, Td } from "@/components/ui/Table";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("home.coordination.title") };
}

export default async function CoordinationHome() {
  const actor = await requireActor();
  if (!can(actor, "meeting.run")) notFound();
  const [t, locale, overdue] = await Promise.all([getT(), getLocale(), can(actor, "case.viewOverdue") ? listOverdueCases(actor) : []]);
  return (
    <>
      <PageHeader title={t("home.coordination.title")} intro={t("home.coordination.intro")} />
      <Section id="overdue" title={t("home.coordination.overdueHeading")}>
        {overdue.length === 0 ? (
          <p>{t("home.coordination.noOverdue")}</p>
        ) : (
          <Table
            caption={t("home.coordination.overdueHeading")}
            hideCaption
            head={[t("cases.table.citizen"), t("cases.facts.caseworker"), t("cases.table.diagnosisGroup"), t("cases.table.nextDeadline")]}
          >
            {overdue.map((r) => (
              <tr key={r.id}>
                <Td>
                  <Link prefetch={false} href={`/cases/${r.id}`}>
                    {r.citizenName}
                  </Link>
                </Td>
                <Td>{r.caseworkerName}</Td>
                <Td>{t(`cases.diagnosisGroup.${r.diagnosisGroup}`)}</Td>
                <Td>{formatDay(r.nextDeadlineOn, locale)}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>
    </>
  );
}
