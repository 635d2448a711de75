"use client";
// The case's follow-up conversations, newest first, each with its actions. Drawn from compact views
// (FollowUpView: the facts once, dates already formatted by the server) like the worklist's rows (ADR
// 0028); each follow-up's forms are drawn in the browser after hydration (ADR 0029).
import { useTranslations } from "use-intl";
import { Badge } from "@/components/ui/Badge";
import { Disclosure } from "../../_components/Disclosure";
import { deferredSection } from "@/components/ui/deferred-section";
import type { FollowUpValues } from "./FollowUpForms";
import { CancelFollowUpForm, CorrectFollowUpForm, RecordHeldForm, VoidFollowUpForm } from "./LazyForms";

const TONE = { PLANNED: "info", HELD: "success", CANCELLED: "neutral", MISSED: "warning" } as const;

/** What the list shows of a follow-up and what its forms need (built by the page: followUpView). */
export type FollowUpView = Pick<FollowUpValues, "id" | "version" | "status" | "mode" | "participants" | "scheduledLocal" | "heldLocal"> & {
  /** When it was held, else when it is planned, formatted for the locale; null without a time. */
  when: string | null;
  /** Its legal deadline's day, formatted; null when there is none. */
  due: string | null;
  summary: string | null;
  agreements: string | null;
  statusReason: string | null;
};

export function FollowUpList({
  caseId,
  followUps,
  canEdit,
  nowLocal,
  openForm,
}: {
  caseId: string;
  followUps: FollowUpView[];
  canEdit: boolean;
  nowLocal: string;
  /**
   * The page's `form` parameter: absent, the sections' forms are drawn by the browser (ADR 0029) and
   * each closed section holds, for a browser without JavaScript, a link back to the page with this
   * parameter; present, the server draws every form and opens the section it names.
   */
  openForm: string | undefined;
}) {
  const t = useTranslations();
  if (followUps.length === 0) return <p>{t("followups.none")}</p>;
  const section = (key: string) => deferredSection(`/cases/${caseId}`, key, openForm, t("common.formWithoutScript"));
  return (
    <ul aria-label={t("followups.listLabel")} className="space-y-4">
      {followUps.map((f) => (
        <li key={f.id} className="rounded-md border border-slate-200 p-4">
          <h3 className="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
            <Badge tone={TONE[f.status]}>{t(`followups.status.${f.status}`)}</Badge>
            <span>{f.when ?? t("followups.notScheduled")}</span>
            <span className="font-normal text-slate-700">{t(`followups.mode.${f.mode}`)}</span>
          </h3>
          {f.due ? <p className="text-sm text-slate-700">{t("followups.due", { date: f.due })}</p> : null}
          <dl className="mt-2 space-y-2">
            {f.participants.length ? (
              <div>
                <dt className="text-sm font-medium text-slate-600">{t("followups.fields.participants")}</dt>
                <dd>{f.participants.map((p) => t(`followups.participant.${p}`)).join(", ")}</dd>
              </div>
            ) : null}
            {f.summary ? (
              <div>
                <dt className="text-sm font-medium text-slate-600">{t("followups.fields.summary")}</dt>
                <dd className="whitespace-pre-line">{f.summary}</dd>
              </div>
            ) : null}
            {f.agreements ? (
              <div>
                <dt className="text-sm font-medium text-slate-600">{t("followups.fields.agreements")}</dt>
                <dd className="whitespace-pre-line">{f.agreements}</dd>
              </div>
            ) : null}
            {f.statusReason ? (
              <div>
                <dt className="text-sm font-medium text-slate-600">{t("followups.fields.statusReason")}</dt>
                <dd>{f.statusReason}</dd>
              </div>
            ) : null}
          </dl>
          {canEdit ? (
            <div className="mt-3">
              {f.status === "PLANNED" ? (
                <>
                  <Disclosure summary={t("followups.recordHeld.markHeld")} {...section(`held-${f.id}`)}>
                    <RecordHeldForm
                      caseId={caseId}
                      idPrefix={`held-${f.id}`}
                      nowLocal={nowLocal}
                      followUp={{ id: f.id, version: f.version, mode: f.mode }}
                    />
                  </Disclosure>
                  <Disclosure summary={t("followups.cancel.open")} tone="secondary" {...section(`cancel-${f.id}`)}>
                    <CancelFollowUpForm caseId={caseId} followUp={{ id: f.id, version: f.version }} idPrefix={`cancel-${f.id}`} />
                  </Disclosure>
                </>
              ) : null}
              <Disclosure summary={t("followups.correct.open")} tone="secondary" {...section(`correct-${f.id}`)}>
                <CorrectFollowUpForm
                  caseId={caseId}
                  idPrefix={`correct-${f.id}`}
                  followUp={{ ...f, summary: f.summary ?? "", agreements: f.agreements ?? "" }}
                />
              </Disclosure>
              <Disclosure summary={t("followups.void.open")} tone="danger" {...section(`void-${f.id}`)}>
                <VoidFollowUpForm caseId={caseId} followUp={{ id: f.id, version: f.version }} idPrefix={`void-${f.id}`} />
              </Disclosure>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
