import { cache } from "react";
import { orNotFound } from "@/lib/actions/or-not-found";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getReferral } from "@/lib/domain/referrals/get-referral";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/format";
import { isConditionTag } from "@/lib/referrals/condition-tags";
import { evaluateEligibility } from "@/lib/referrals/eligibility";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { DescriptionList } from "@/components/ui/DescriptionList";
import { Table, Td } from "@/components/ui/Table";
import { Badge } from "@/components/ui/Badge";
import { Alert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/Button";
import { ReferralStatusBadge } from "../_components/StatusBadge";
import { ReferralHistoryTable } from "../_components/ReferralHistoryTable";
import { ReferralActions } from "../_components/ReferralActions";
import { AssignTherapistForm } from "../_components/AssignTherapistForm";
import { JobcenterCaseLinks } from "../../consents/_components/JobcenterCaseLinks";
import { assignTherapistAction, transitionReferralAction } from "./actions";
import { withPageMessages } from "@/components/layout/PageMessages";

/** The referral of this request, read once for the title and the page (React's per-request cache: one access-log row). */
const load = cache(async (referralId: string) => {
  const actor = await requireActor();
  return orNotFound(getReferral(actor, referralId));
});

/** The tab title names the citizen and the programme (never the CPR number), like the case page (walk6). */
export async function generateMetadata({ params }: { params: Promise<{ referralId: string }> }) {
  const [r, t] = await Promise.all([load((await params).referralId), getT()]);
  return { title: t("cases.titles.referral", { name: r.citizenName, programme: r.programme.name }) };
}

async function ReferralPage({ params }: { params: Promise<{ referralId: string }> }) {
  const { referralId } = await params;
  const [r, t, locale] = await Promise.all([load(referralId), getT(), getLocale()]);
  const verdict = evaluateEligibility(
    r.answers.map((a) => ({ id: a.criterionId, text: a.text, required: a.required })),
    Object.fromEntries(r.answers.map((a) => [a.criterionId, a.answer])),
    r.overrideJustification,
  );
  const tagLabel = (tag: string) => (isConditionTag(tag) ? t(`programmes.tags.${tag}`) : tag);
  return (
    <>
      <p className="mb-2 text-sm">
        {r.canTriage ? (
          <Link prefetch={false} href="/referrals">
            {t("referrals.detail.backToInbox")}
          </Link>
        ) : (
          <Link prefetch={false} href={`/cases/${r.caseId}/referrals`}>
            {t("referrals.detail.caseLink")}
          </Link>
        )}
      </p>
      <PageHeader
        title={t("referrals.detail.title", { name: r.citizenName })}
        intro={r.programme.name}
        actions={
          r.canCreatePlan ? (
            <Link prefetch={false} href={`/rehab/new?referralId=${r.id}`} className={buttonClass("primary")}>
              {t("referrals.detail.createPlan")}
            </Link>
          ) : r.rehabPlanId && r.canTriage ? (
            <Link prefetch={false} href={`/rehab/${r.rehabPlanId}`}>
              {t("referrals.detail.openPlan")}
            </Link>
          ) : undefined
        }
      />
      {r.caseClosed ? <Alert>{t("referrals.caseClosed.referral")}</Alert> : null}
      <Section id="facts" title={t("referrals.detail.factsHeading")}>
        <DescriptionList
          items={[
            {
              term: t("referrals.detail.status"),
              value: <ReferralStatusBadge status={r.status} label={t(`referrals.status.${r.status}`)} />,
            },
            ...(r.statusReason ? [{ term: t("referrals.detail.statusReason"), value: r.statusReason }] : []),
            ...(r.waitlistPosition
              ? [{ term: t("referrals.detail.position"), value: t("referrals.positionValue", { position: r.waitlistPosition }) }]
              : []),
            { term: t("referrals.detail.citizen"), value: r.citizenName },
            { term: t("referrals.detail.diagnosisGroup"), value: t(`cases.diagnosisGroup.${r.diagnosisGroup}`) },
            {
              term: t("referrals.detail.programme"),
              value: (
                <Link prefetch={false} href={`/programmes/${r.programme.id}`}>
                  {r.programme.name}
                </Link>
              ),
            },
            {
              term: t("referrals.detail.capacity"),
              value: t("referrals.detail.capacityValue", { started: r.startedCount, capacity: r.programme.capacity, free: r.freePlaces }),
            },
            { term: t("referrals.detail.submitted"), value: formatDateTime(r.submittedAt, locale) },
            { term: t("referrals.detail.referredBy"), value: r.referredByName },
            { term: t("referrals.detail.conditionTags"), value: r.conditionTags.map(tagLabel).join(", ") },
            { term: t("referrals.detail.assignedTherapist"), value: r.assignedTherapistName ?? t("referrals.detail.notAssigned") },
          ]}
        />
        <h3 className="mb-1 mt-4 text-base font-semibold text-slate-900">{t("referrals.detail.reason")}</h3>
        <p className="whitespace-pre-line">{r.reason}</p>
      </Section>
      {r.canTriage ? <JobcenterCaseLinks from={{ referralId: r.id }} /> : null}

      <Section id="checklist" title={t("referrals.detail.checklistHeading")}>
        {r.answers.length === 0 ? (
          <p>{t("referrals.detail.noChecklist")}</p>
        ) : (
          <>
            <Alert tone={verdict.outcome === "ELIGIBLE" ? "success" : "info"}>{t(`referrals.outcome.${verdict.outcome}`)}</Alert>
            <Table
              caption={t("referrals.detail.checklistCaption")}
              hideCaption
              head={[t("referrals.detail.criterion"), t("referrals.detail.required"), t("referrals.detail.answer")]}
            >
              {r.answers.map((a) => (
                <tr key={a.criterionId}>
                  <Td>{a.text}</Td>
                  <Td>{a.required ? t("referrals.detail.requiredYes") : t("referrals.detail.requiredNo")}</Td>
                  <Td>
                    <Badge tone={a.answer === "YES" ? "success" : a.answer === "NO" ? (a.required ? "danger" : "warning") : "neutral"}>
                      {t(`referrals.answer.${a.answer}`)}
                    </Badge>
                  </Td>
                </tr>
              ))}
            </Table>
          </>
        )}
        {r.overrideJustification ? (
          <>
            <h3 className="mb-1 mt-4 text-base font-semibold text-slate-900">{t("referrals.detail.override")}</h3>
            <p className="whitespace-pre-line">{r.overrideJustification}</p>
          </>
        ) : null}
      </Section>

      {r.canTriage ? (
        <Section id="actions" title={t("referrals.detail.actionsHeading")}>
          <ReferralActions
            referralId={r.id}
            version={r.version}
            actions={r.allowedActions}
            freePlaces={r.freePlaces}
            action={transitionReferralAction}
          />
        </Section>
      ) : null}

      {r.canTriage && r.allowedActions.length > 0 ? (
        <Section id="assign" title={t("referrals.match.heading")}>
          <p className="mb-3 text-sm text-slate-700">{t("referrals.match.intro")}</p>
          <AssignTherapistForm
            referralId={r.id}
            version={r.version}
            currentId={r.assignedTherapistId}
            matches={r.therapistMatches}
            action={assignTherapistAction}
          />
        </Section>
      ) : null}

      <Section id="history" title={t("referrals.history.heading")}>
        <ReferralHistoryTable events={r.events} caption={t("referrals.history.caption")} />
      </Section>
    </>
  );
}

export default withPageMessages("/referrals/[referralId]", ReferralPage);
