import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { listConsentedCases } from "@/lib/domain/home/list-consented-cases";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDay } from "@/lib/format";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table, Td } from "@/components/ui/Table";
import { NoClientCache } from "../consents/_components/NoClientCache";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("home.health.title") };
}

async function HealthHome() {
  const actor = await requireActor();
  if (!can(actor, "referral.triage")) notFound();
  const [t, locale, consented] = await Promise.all([
    getT(),
    getLocale(),
    can(actor, "case.viewConsented") ? listConsentedCases(actor) : [],
  ]);
  return (
    <>
      {/* Lists facts of the jobcenter's cases under consent: never restored from a cache (issue 9). */}
      <NoClientCache />
      <PageHeader title={t("home.health.title")} intro={t("home.health.intro")} />
      <Section id="consented" title={t("home.health.consentCases")}>
        {consented.length === 0 ? (
          <p>{t("home.health.noConsentCases")}</p>
        ) : (
          <Table
            caption={t("home.health.consentCases")}
            hideCaption
            head={[t("cases.table.citizen"), t("cases.table.diagnosisGroup"), t("cases.facts.firstAbsenceDay"), t("cases.table.status")]}
          >
            {consented.map((r) => (
              <tr key={r.id}>
                <Td>
                  <Link href={`/health/cases/${r.id}`} prefetch={false}>
                    {r.citizenName}
                  </Link>
                </Td>
                <Td>{t(`cases.diagnosisGroup.${r.diagnosisGroup}`)}</Td>
                <Td>{formatDay(r.firstAbsenceDay, locale)}</Td>
                <Td>{t(`cases.status.${r.status}`)}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>
    </>
  );
}

export default withPageMessages("/health", HealthHome);
