import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { activeCasesByGroup } from "@/lib/domain/kpi/active-cases-by-group";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/format";
import type { Suppressed } from "@/lib/kpi/suppress";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table, Td } from "@/components/ui/Table";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("home.dashboard.title") };
}

export default async function Dashboard() {
  const actor = await requireActor();
  if (!can(actor, "kpi.view")) notFound();
  const [t, locale, rows] = await Promise.all([getT(), getLocale(), activeCasesByGroup(actor)]);
  const show = (s: Suppressed) => (s.suppressed ? t("home.dashboard.suppressed") : formatNumber(s.value, locale));
  return (
    <>
      <PageHeader
        title={t("home.dashboard.title")}
        intro={t("home.dashboard.intro")}
        actions={
          can(actor, "aid.approveAboveMandate") ? (
            <Link href="/dashboard/aids" className="font-semibold">
              {t("rtw.manager.link")}
            </Link>
          ) : undefined
        }
      />
      <Section id="active" title={t("home.dashboard.activeByGroup")}>
        <Table caption={t("home.dashboard.activeByGroup")} hideCaption head={[t("home.dashboard.group"), t("home.dashboard.count")]}>
          {rows.map((r) => (
            <tr key={r.group}>
              <Td>{t(`cases.diagnosisGroup.${r.group}`)}</Td>
              <Td>{show(r.count)}</Td>
            </tr>
          ))}
          {rows.total ? (
            <tr className="font-semibold">
              <Td>{t("home.dashboard.total")}</Td>
              <Td>{show(rows.total)}</Td>
            </tr>
          ) : null}
        </Table>
        {rows.some((r) => r.count.suppressed) ? <p className="mt-2 text-sm text-slate-600">{t("home.dashboard.suppressedNote")}</p> : null}
      </Section>
    </>
  );
}
