import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { listMyCases } from "@/lib/domain/cases/list-my-cases";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDay, today } from "@/lib/format";
import { caseAgeWeeks } from "@/lib/rules/dates";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table, Td } from "@/components/ui/Table";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("cases.myCases") };
}

export default async function MyCasesPage() {
  const actor = await requireActor();
  if (!can(actor, "case.edit")) notFound();
  const [t, locale, rows] = await Promise.all([getT(), getLocale(), listMyCases(actor)]);
  const now = today();
  return (
    <>
      <PageHeader title={t("cases.myCases")} intro={t("cases.myCasesIntro")} />
      {rows.length === 0 ? (
        <p>{t("cases.empty")}</p>
      ) : (
        <Table caption={t("cases.table.caption")} hideCaption head={[t("cases.table.citizen"), t("cases.table.cpr"), t("cases.table.diagnosisGroup"), t("cases.table.caseAge"), t("cases.table.status"), t("cases.table.nextDeadline")]}>
          {rows.map((r) => (
            <tr key={r.id}>
              <Td><Link href={`/cases/${r.id}`}>{r.citizenName}</Link></Td>
              <Td className="font-mono">{r.cprMasked}</Td>
              <Td>{t(`cases.diagnosisGroup.${r.diagnosisGroup}`)}</Td>
              <Td>{t("cases.weeks", { count: caseAgeWeeks(r.firstAbsenceDay, now) })}</Td>
              <Td>{t(`cases.status.${r.status}`)}</Td>
              <Td>{formatDay(r.nextDeadlineOn, locale)}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
