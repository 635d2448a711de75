// One citizen: facts, cases (and opening one), correction with history, voiding.
import { cache } from "react";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { orNotFound } from "@/lib/actions/or-not-found";
import { getCitizen } from "@/lib/domain/citizens/get-citizen";
import { listAssignableCaseworkers } from "@/lib/domain/cases/list-assignable-caseworkers";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDay } from "@/lib/format";
import { isoDay } from "@/lib/time";
import { today } from "@/lib/clock";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { DescriptionList } from "@/components/ui/DescriptionList";
import { Table, Td } from "@/components/ui/Table";
import { RedirectNotice } from "@/components/forms/RedirectNotice";
import { buttonClass } from "@/components/ui/Button";
import { Disclosure } from "../../cases/_components/Disclosure";
import { HistoryTable } from "../../cases/_components/HistoryTable";
import { CorrectCitizenForm, OpenCaseForm, VoidCitizenForm } from "../_components/LazyCitizenForms";
import { CitizenConsentSection } from "../../consents/_components/CitizenConsentSection";
import { withPageMessages } from "@/components/layout/PageMessages";

/** The citizen of this request, read once for the title and the page (React's per-request cache: one access-log row). */
const load = cache(async (citizenId: string) => {
  const actor = await requireActor();
  return { actor, c: await orNotFound(getCitizen(actor, citizenId)) };
});

/** The tab title names the citizen (never the CPR number), like the case page (walk6). */
export async function generateMetadata({ params }: { params: Promise<{ citizenId: string }> }) {
  const [{ c }, t] = await Promise.all([load((await params).citizenId), getT()]);
  return { title: t("cases.titles.citizen", { name: `${c.firstName} ${c.lastName}` }) };
}

async function CitizenPage({
  params,
  searchParams,
}: {
  params: Promise<{ citizenId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { citizenId } = await params;
  const { created, voided } = await searchParams;
  const [{ actor, c }, t, locale] = await Promise.all([load(citizenId), getT(), getLocale()]);
  const caseworkers = c.canOpenCase && !c.hasOpenCase ? await listAssignableCaseworkers(actor) : [];
  const name = `${c.firstName} ${c.lastName}`;
  const openCase = c.cases.find((k) => k.status !== "CLOSED");
  return (
    <>
      <PageHeader
        title={t("citizens.detail.title", { name })}
        actions={
          can(actor, "audit.report") ? (
            <Link prefetch={false} href={`/citizens/${c.id}/access-report`} className={buttonClass("secondary")}>
              {t("audit.report.link")}
            </Link>
          ) : undefined
        }
      />
      <RedirectNotice param="created" present={created === "1"}>
        {t("citizens.detail.created")}
      </RedirectNotice>
      <RedirectNotice param="voided" present={voided === "1"}>
        {t("cases.void.success")}
      </RedirectNotice>
      <CitizenConsentSection citizenId={c.id} />

      <Section id="cases" title={t("citizens.detail.casesHeading")}>
        {c.canOpenCase ? (
          openCase ? (
            <p className="mb-4">
              {t("cases.openCase.hasOpenCase")}{" "}
              <Link prefetch={false} href={`/cases/${openCase.id}`}>
                {t("cases.openCase.goToCase")}
              </Link>
            </p>
          ) : (
            <Disclosure summary={t("cases.openCase.heading")} open={created === "1"}>
              <OpenCaseForm citizenId={c.id} caseworkers={caseworkers} defaultCaseworkerId={actor.userId} todayIso={isoDay(today())} />
            </Disclosure>
          )
        ) : null}
        {c.cases.length === 0 ? (
          <p>{t("citizens.detail.noCases")}</p>
        ) : (
          <Table
            caption={t("citizens.detail.casesCaption")}
            hideCaption
            head={[
              t("citizens.detail.firstAbsenceDay"),
              t("cases.table.diagnosisGroup"),
              t("citizens.detail.status"),
              t("citizens.detail.caseworker"),
            ]}
          >
            {c.cases.map((k) => (
              <tr key={k.id}>
                <Td>
                  <Link prefetch={false} href={`/cases/${k.id}`}>
                    {formatDay(k.firstAbsenceDay, locale)}
                  </Link>
                </Td>
                <Td>{t(`cases.diagnosisGroup.${k.diagnosisGroup}`)}</Td>
                <Td>
                  {k.closedOn ? `${t(`cases.status.${k.status}`)} (${formatDay(k.closedOn, locale)})` : t(`cases.status.${k.status}`)}
                </Td>
                <Td>{k.caseworkerName}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>

      <Section id="facts" title={t("citizens.detail.factsHeading")}>
        <DescriptionList
          items={[
            { term: t("citizens.fields.cpr"), value: <span className="font-mono">{c.cprMasked}</span> },
            { term: t("cases.facts.name"), value: name },
            { term: t("citizens.fields.phone"), value: c.phone },
            { term: t("citizens.fields.email"), value: c.email },
            { term: t("citizens.fields.address"), value: c.address },
            { term: t("citizens.fields.employmentStatus"), value: t(`cases.employmentStatus.${c.employmentStatus}`) },
            { term: t("citizens.fields.occupation"), value: c.occupation },
            { term: t("citizens.fields.industry"), value: c.industry },
            { term: t("citizens.fields.employerName"), value: c.employerName },
            { term: t("citizens.fields.employerContactName"), value: c.employerContactName },
            { term: t("citizens.fields.employerPhone"), value: c.employerPhone },
            { term: t("citizens.fields.employerEmail"), value: c.employerEmail },
          ]}
        />
        {c.canEdit ? (
          <div className="mt-5">
            <Disclosure summary={t("citizens.correct.open")} tone="secondary">
              <CorrectCitizenForm
                citizenId={c.id}
                version={c.version}
                cprMasked={c.cprMasked}
                values={{
                  firstName: c.firstName,
                  lastName: c.lastName,
                  phone: c.phone ?? "",
                  email: c.email ?? "",
                  address: c.address ?? "",
                  employmentStatus: c.employmentStatus,
                  occupation: c.occupation ?? "",
                  industry: c.industry ?? "",
                  employerName: c.employerName ?? "",
                  employerContactName: c.employerContactName ?? "",
                  employerPhone: c.employerPhone ?? "",
                  employerEmail: c.employerEmail ?? "",
                }}
              />
            </Disclosure>
            {c.cases.length === 0 ? (
              <Disclosure summary={t("citizens.void.open")} tone="danger">
                <VoidCitizenForm citizenId={c.id} version={c.version} />
              </Disclosure>
            ) : null}
          </div>
        ) : null}
      </Section>

      <Section id="history" title={t("cases.history.heading")}>
        <HistoryTable t={t} locale={locale} entries={c.history} caption={t("cases.history.caption")} />
      </Section>
    </>
  );
}

export default withPageMessages("/citizens/[citizenId]", CitizenPage);
