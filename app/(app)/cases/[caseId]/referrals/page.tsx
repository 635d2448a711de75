// The case's "Henvisninger" tab: the referrals of the case with status, queue position and the
// transition history, and (for the caseworker on an open case) the form to refer the citizen.
import { orNotFound } from "@/lib/actions/or-not-found";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { listCaseReferrals } from "@/lib/domain/referrals/list-case-referrals";
import { listReferableProgrammes } from "@/lib/domain/programmes/list-referable-programmes";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/format";
import { Section } from "@/components/ui/Section";
import { Alert } from "@/components/ui/Alert";
import { DescriptionList } from "@/components/ui/DescriptionList";
import { Badge } from "@/components/ui/Badge";
import { ReferralStatusBadge } from "@/app/(app)/referrals/_components/StatusBadge";
import { ReferralHistoryTable } from "@/app/(app)/referrals/_components/ReferralHistoryTable";
import { ReferralForm } from "./_components/LazyReferralForm";
import { createReferralAction } from "./actions";
import { withPageMessages } from "@/components/layout/PageMessages";
import { caseTabMetadata } from "../case-title";

async function load(caseId: string) {
  const actor = await requireActor();
  const data = await orNotFound(listCaseReferrals(actor, caseId));
  const programmes = data.canRefer ? await listReferableProgrammes(actor) : [];
  return { data, programmes };
}

export const generateMetadata = caseTabMetadata("cases.tabs.referrals");

async function CaseReferralsPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const [{ data, programmes }, t, locale] = await Promise.all([load(caseId), getT(), getLocale()]);
  return (
    <>
      {!data.caseOpen ? <Alert>{t("referrals.case.closedNotice")}</Alert> : null}
      <Section id="referrals" title={t("referrals.case.listHeading")}>
        {data.referrals.length === 0 ? (
          <p>{t("referrals.case.empty")}</p>
        ) : (
          <ul className="space-y-6">
            {data.referrals.map((r) => (
              <li key={r.id} className="rounded-md border border-slate-200 p-4">
                <div className="mb-2 flex flex-wrap items-center gap-3">
                  <h3 className="text-base font-semibold text-slate-900">
                    <Link prefetch={false} href={`/referrals/${r.id}`}>
                      {r.programme.name}
                    </Link>
                  </h3>
                  <ReferralStatusBadge status={r.status} label={t(`referrals.status.${r.status}`)} />
                  {r.waitlistPosition ? (
                    <Badge tone="warning">{t("referrals.case.waitingPosition", { position: r.waitlistPosition })}</Badge>
                  ) : null}
                </div>
                <p className="mb-3 text-sm text-slate-700">
                  {t("referrals.case.submittedOn", { date: formatDateTime(r.submittedAt, locale), name: r.referredByName })}
                </p>
                <DescriptionList
                  items={[
                    { term: t("referrals.detail.reason"), value: r.reason },
                    ...(r.statusReason ? [{ term: t("referrals.detail.statusReason"), value: r.statusReason }] : []),
                    { term: t("referrals.case.therapist"), value: r.assignedTherapistName ?? t("referrals.detail.notAssigned") },
                    ...(r.overrideJustification ? [{ term: t("referrals.detail.override"), value: r.overrideJustification }] : []),
                  ]}
                />
                {r.answers.length > 0 ? (
                  <details className="mt-3">
                    <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("referrals.case.showAnswers")}</summary>
                    <ul className="mt-2 space-y-1 text-sm">
                      {r.answers.map((a) => (
                        <li key={a.criterionId}>
                          {a.text}
                          {a.required ? ` ${t("referrals.form.requiredMark")}` : ""}
                          {": "}
                          <span className="font-semibold">{t(`referrals.answer.${a.answer}`)}</span>
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
                <h4 className="mb-2 mt-4 text-sm font-semibold text-slate-900">{t("referrals.history.heading")}</h4>
                <ReferralHistoryTable events={r.events} caption={t("referrals.history.caption")} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      {data.canRefer ? (
        <Section id="new-referral" title={t("referrals.case.newHeading")}>
          {data.controlArms.map((a) => (
            <Alert key={a.studyName}>
              {t("referrals.case.controlArmNotice", {
                study: a.studyName,
                programmes: a.programmes.map((p) => `«${p.name}»`).join(", "),
              })}
            </Alert>
          ))}
          <ReferralForm
            caseId={data.caseId}
            programmes={programmes.map((p) => ({
              id: p.id,
              name: p.name,
              targetGroup: p.targetGroup,
              criteria: p.criteria.map((c) => ({ id: c.id, text: c.text, required: c.required })),
            }))}
            action={createReferralAction}
          />
        </Section>
      ) : null}
    </>
  );
}

export default withPageMessages("/cases/[caseId]/referrals", CaseReferralsPage);
