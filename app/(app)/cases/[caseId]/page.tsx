// The case overview: follow-up conversations first (the daily work), then deadlines, the case's
// facts and actions, the citizen, and the case timeline with its full history.
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getCasePagePanels } from "@/lib/domain/cases/get-case-page-panels";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDateTime, formatDay } from "@/lib/format";
import type { CaseDetail } from "@/lib/domain/cases/get-case";
import type { Locale } from "@/lib/i18n/messages";
import { instantToDanishLocal, isoDay } from "@/lib/time";
import { Section } from "@/components/ui/Section";
import { DescriptionList } from "@/components/ui/DescriptionList";
import { Alert } from "@/components/ui/Alert";
import { loadCase } from "./load-case";
import { Disclosure } from "../_components/Disclosure";
import { caseFactItems } from "../_components/case-facts";
import { deferredSection } from "@/components/ui/deferred-section";
import { HistoryTable } from "../_components/HistoryTable";
import { DeadlinesTable } from "./_components/DeadlinesTable";
import { RuleFactsSection } from "./_components/RuleFactsSection";
import { OverdueSummary } from "../_components/OverdueSummary";
import { FollowUpList, type FollowUpView } from "./_components/FollowUpList";
import { Timeline } from "./_components/Timeline";
import { StudyAllocations } from "./_components/StudyAllocations";
import { looseEndChoices } from "./loose-end-choices";
import {
  ChangeStatusForm,
  CorrectCaseForm,
  FlagForConferenceForm,
  GrantExemptionForm,
  PlanFollowUpForm,
  ReassignForm,
  RecordHeldForm,
  RecordMilestoneForm,
  VoidCaseForm,
  VoidExemptionForm,
} from "./_components/LazyForms";
import { withPageMessages } from "@/components/layout/PageMessages";
import { CaseOpenedFlash } from "./_components/CaseOpenedFlash";

/** A follow-up's compact view for the list (FollowUpList, ADR 0028): the facts once, dates formatted here. */
function followUpView(f: CaseDetail["followUps"][number], locale: Locale): FollowUpView {
  const when = f.heldAt ?? f.scheduledAt;
  return {
    id: f.id,
    version: f.version,
    status: f.status,
    mode: f.mode,
    when: when ? formatDateTime(when, locale) : null,
    due: f.dueOn ? formatDay(f.dueOn, locale) : null,
    participants: f.participants,
    summary: f.summary,
    agreements: f.agreements,
    statusReason: f.statusReason,
    scheduledLocal: instantToDanishLocal(f.scheduledAt),
    heldLocal: instantToDanishLocal(f.heldAt),
  };
}

async function CasePage({
  params,
  searchParams,
}: {
  params: Promise<{ caseId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { caseId } = await params;
  // ?form=<section>: every follow-up form drawn by the server, that section open (no JavaScript; ADR 0029).
  const formParam = (await searchParams).form;
  const openForm = typeof formParam === "string" ? formParam : undefined;
  const actor = await requireActor();
  const [c, t, locale] = await Promise.all([loadCase(caseId), getT(), getLocale()]);
  // A section's form drawn by the browser, or by the server with ?form=… (ADR 0029).
  const section = (key: string) => deferredSection(`/cases/${c.id}`, key, openForm, t("common.formWithoutScript"));
  const ownDepartment = c.ownDepartment;
  // The other panels in one use case run (one transaction; ADR 0027).
  const { timeline, studies, caseworkers, looseEnds } = await getCasePagePanels(actor, {
    caseId: c.id,
    ownDepartment,
    canEdit: c.canEdit,
    open: c.status !== "CLOSED",
  });
  const name = `${c.citizen.firstName} ${c.citizen.lastName}`;
  const now = new Date();
  const nowLocal = instantToDanishLocal(now);
  const todayIso = isoDay(c.today);
  const open = c.status !== "CLOSED";
  return (
    <>
      <CaseOpenedFlash />
      {/* Read under consent, the layout's banner already says whose record it is and that it is read-only. */}
      {c.readOnly && !c.shownUnder ? (
        <Alert>{t("cases.facts.readOnlyNotice", { department: t(`common.departments.${c.department.kind}`) })}</Alert>
      ) : null}

      {ownDepartment ? <StudyAllocations allocations={studies} caseId={c.id} canEdit={c.canEdit} t={t} locale={locale} /> : null}
      {ownDepartment ? (
        <Section id="followups" title={t("followups.heading")}>
          {c.canEdit && open ? (
            <div className="mb-4">
              <Disclosure summary={t("followups.recordHeld.open")}>
                <RecordHeldForm caseId={c.id} idPrefix="held-new" nowLocal={nowLocal} />
              </Disclosure>
              <Disclosure summary={t("followups.plan.open")} tone="secondary">
                <PlanFollowUpForm caseId={c.id} idPrefix="plan-new" defaultLocal="" />
              </Disclosure>
            </div>
          ) : null}
          <FollowUpList
            caseId={c.id}
            followUps={c.followUps.map((f) => followUpView(f, locale))}
            canEdit={c.canEdit}
            nowLocal={nowLocal}
            openForm={openForm}
          />
        </Section>
      ) : null}

      {ownDepartment ? (
        <Section id="deadlines" title={t("cases.deadlines.heading")}>
          <OverdueSummary t={t} locale={locale} view={c} />
          <DeadlinesTable t={t} locale={locale} deadlines={c.deadlines} />
          {c.ruleVersionToday ? (
            <p className="mt-2 text-sm text-slate-700">
              {t("rules.case.computedWith", {
                name:
                  c.ruleVersionToday.nameKey && t.has(`rules.version.${c.ruleVersionToday.nameKey}` as never)
                    ? t(`rules.version.${c.ruleVersionToday.nameKey}` as never)
                    : c.ruleVersionToday.name,
              })}
            </p>
          ) : null}
          {c.canEdit && c.status !== "CLOSED" ? (
            <div className="mt-4">
              <Disclosure summary={t("cases.milestones.open")} tone="secondary" {...section("milestone")}>
                <RecordMilestoneForm caseId={c.id} version={c.version} idPrefix="milestone" todayIso={todayIso} />
              </Disclosure>
            </div>
          ) : null}
        </Section>
      ) : null}

      {ownDepartment ? (
        <Section id="visitation" title={t("rules.case.heading")}>
          <RuleFactsSection t={t} locale={locale} c={c} openForm={openForm} />
        </Section>
      ) : null}

      <Section id="case" title={t("cases.facts.caseHeading")}>
        <DescriptionList items={[...caseFactItems(t, locale, c), { term: t("cases.facts.caseworker"), value: c.caseworker.name }]} />
        {ownDepartment ? (
          <div className="mt-5">
            <h3 className="mb-2 text-base font-semibold text-slate-900">{t("cases.exemptions.heading")}</h3>
            {c.exemptions.length === 0 ? (
              <p className="mb-3 text-slate-700">{t("cases.exemptions.none")}</p>
            ) : (
              <ul className="mb-3 space-y-3">
                {c.exemptions.map((e) => (
                  <li key={e.id} className="rounded-md border border-slate-200 p-3">
                    <p className="font-medium">{t(`cases.exemptionReason.${e.reason}`)}</p>
                    <p className="text-sm text-slate-700">
                      {e.untilOn
                        ? t("cases.exemptions.period", { from: formatDay(e.fromOn, locale), until: formatDay(e.untilOn, locale) })
                        : t("cases.exemptions.openEnded", { from: formatDay(e.fromOn, locale) })}
                    </p>
                    {e.note ? <p className="text-sm text-slate-700">{e.note}</p> : null}
                    {c.canEdit ? (
                      <div className="mt-2">
                        <Disclosure summary={t("cases.exemptions.voidOpen")} tone="secondary" {...section(`exv-${e.id}`)}>
                          <VoidExemptionForm caseId={c.id} version={c.version} exemptionId={e.id} idPrefix={`exv-${e.id}`} />
                        </Disclosure>
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ) : null}
        {c.canEdit ? (
          <div className="mt-5">
            <h3 className="mb-2 text-base font-semibold text-slate-900">{t("cases.actionsHeading")}</h3>
            <Disclosure summary={t("cases.statusForm.open")} tone="secondary" {...section("status")}>
              <ChangeStatusForm
                caseId={c.id}
                version={c.version}
                idPrefix="status"
                status={c.status}
                todayIso={todayIso}
                looseEnds={looseEndChoices(looseEnds, t, locale)}
              />
            </Disclosure>
            {open ? (
              <Disclosure summary={t("cases.exemptions.grant")} tone="secondary" {...section("exemption")}>
                <GrantExemptionForm caseId={c.id} version={c.version} idPrefix="exemption" todayIso={todayIso} />
              </Disclosure>
            ) : null}
            <Disclosure summary={t("cases.reassign.open")} tone="secondary" {...section("reassign")}>
              <ReassignForm caseId={c.id} version={c.version} idPrefix="reassign" caseworkers={caseworkers} currentId={c.caseworkerId} />
            </Disclosure>
            <Disclosure summary={t("cases.correct.open")} tone="secondary" {...section("correct-case")}>
              <CorrectCaseForm
                caseId={c.id}
                version={c.version}
                idPrefix="correct-case"
                values={{
                  firstAbsenceDay: isoDay(c.firstAbsenceDay),
                  diagnosisGroup: c.diagnosisGroup,
                  diagnosisDetail: c.diagnosisDetail ?? "",
                }}
              />
            </Disclosure>
            <Disclosure summary={t("cases.void.open")} tone="danger" {...section("void-case")}>
              <VoidCaseForm caseId={c.id} version={c.version} idPrefix="void-case" />
            </Disclosure>
          </div>
        ) : null}
      </Section>

      <Section
        id="citizen"
        title={t("cases.facts.citizenHeading")}
        actions={
          ownDepartment ? (
            <Link prefetch={false} href={`/citizens/${c.citizen.id}`}>
              {t("cases.facts.citizenPage")}
            </Link>
          ) : undefined
        }
      >
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
      {c.canEdit && open ? (
        <Section id="conference" title={t("meetings.flag.heading")}>
          <FlagForConferenceForm caseId={c.id} />
        </Section>
      ) : null}
      <Section id="employer" title={t("cases.facts.employerHeading")}>
        <DescriptionList
          items={[
            { term: t("cases.facts.employer"), value: c.citizen.employerName },
            {
              term: t("cases.facts.employerContact"),
              value: [c.citizen.employerContactName, c.citizen.employerPhone, c.citizen.employerEmail].filter(Boolean).join(", "),
            },
          ]}
        />
      </Section>

      {timeline ? (
        <Section id="timeline" title={t("cases.timeline.heading")}>
          <p className="mb-4 text-slate-700">{t("cases.timeline.intro")}</p>
          <Timeline t={t} locale={locale} entries={timeline.entries} />
          {timeline.history.length > 0 ? (
            <details className="mt-6">
              <summary className="cursor-pointer font-semibold text-brand-700">
                {t("cases.history.show", { count: timeline.history.length })}
              </summary>
              <div className="mt-3">
                <HistoryTable t={t} locale={locale} entries={timeline.history} caption={t("cases.history.caption")} />
              </div>
            </details>
          ) : null}
        </Section>
      ) : null}
    </>
  );
}

export default withPageMessages("/cases/[caseId]", CasePage);
