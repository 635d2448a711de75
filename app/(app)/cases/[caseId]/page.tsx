import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getCase } from "@/lib/domain/cases/get-case";
import { NotFoundError } from "@/lib/domain/errors";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDay, formatNumber, today } from "@/lib/format";
import { caseAgeWeeks } from "@/lib/rules/dates";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { DescriptionList } from "@/components/ui/DescriptionList";
import { Alert } from "@/components/ui/Alert";

async function load(caseId: string) {
  const actor = await requireActor();
  try {
    return await getCase(actor, caseId);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export default async function CasePage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const [c, t, locale] = await Promise.all([load(caseId), getT(), getLocale()]);
  const name = `${c.citizen.firstName} ${c.citizen.lastName}`;
  return (
    <>
      <PageHeader title={t("cases.facts.title", { name })} />
      {c.readOnly ? <Alert>{t("cases.facts.readOnlyNotice", { department: t(`common.departments.${c.department.kind}`) })}</Alert> : null}
      <Section id="case" title={t("cases.facts.caseHeading")}>
        <DescriptionList
          items={[
            { term: t("cases.facts.firstAbsenceDay"), value: formatDay(c.firstAbsenceDay, locale) },
            { term: t("cases.facts.caseAge"), value: t("cases.weeks", { count: caseAgeWeeks(c.firstAbsenceDay, today()) }) },
            { term: t("cases.facts.diagnosisGroup"), value: t(`cases.diagnosisGroup.${c.diagnosisGroup}`) },
            { term: t("cases.facts.diagnosisDetail"), value: c.diagnosisDetail },
            { term: t("cases.facts.status"), value: t(`cases.status.${c.status}`) },
            ...(c.partialHoursPerWeek !== null ? [{ term: t("cases.facts.partialHours"), value: formatNumber(c.partialHoursPerWeek, locale, 1) }] : []),
            ...(c.closedOn ? [{ term: t("cases.facts.closedOn"), value: formatDay(c.closedOn, locale) }] : []),
            ...(c.closingReason ? [{ term: t("cases.facts.closingReason"), value: t(`cases.closingReason.${c.closingReason}`) }] : []),
            { term: t("cases.facts.caseworker"), value: c.caseworker.name },
          ]}
        />
      </Section>
      <Section id="citizen" title={t("cases.facts.citizenHeading")}>
        <DescriptionList
          items={[
            { term: t("cases.facts.name"), value: name },
            { term: t("cases.facts.cpr"), value: <span className="font-mono">{c.citizen.cprMasked}</span> },
            { term: t("cases.facts.phone"), value: c.citizen.phone },
            { term: t("cases.facts.email"), value: c.citizen.email },
            { term: t("cases.facts.address"), value: c.citizen.address },
            { term: t("cases.facts.employmentStatus"), value: t(`cases.employmentStatus.${c.citizen.employmentStatus}`) },
            { term: t("cases.facts.occupation"), value: c.citizen.occupation },
            { term: t("cases.facts.industry"), value: c.citizen.industry },
          ]}
        />
      </Section>
      <Section id="employer" title={t("cases.facts.employerHeading")}>
        <DescriptionList
          items={[
            { term: t("cases.facts.employer"), value: c.citizen.employerName },
            { term: t("cases.facts.employerContact"), value: [c.citizen.employerContactName, c.citizen.employerPhone, c.citizen.employerEmail].filter(Boolean).join(", ") },
          ]}
        />
      </Section>
    </>
  );
}
