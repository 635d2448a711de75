// The case's follow-up conversations, newest first, each with its actions.
import type { CaseDetail } from "@/lib/domain/cases/get-case";
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatDateTime, formatDay } from "@/lib/format";
import { Badge } from "@/components/ui/Badge";
import { Disclosure } from "../../_components/Disclosure";
import { instantToDanishLocal } from "@/lib/time";
import { CancelFollowUpForm, CorrectFollowUpForm, RecordHeldForm, VoidFollowUpForm } from "./FollowUpForms";

const TONE = { PLANNED: "info", HELD: "success", CANCELLED: "neutral", MISSED: "warning" } as const;

export function FollowUpList({
  t,
  locale,
  caseId,
  followUps,
  canEdit,
  nowLocal,
  openForm,
}: {
  t: T;
  locale: Locale;
  caseId: string;
  followUps: CaseDetail["followUps"];
  canEdit: boolean;
  nowLocal: string;
  /**
   * The page's `form` parameter: absent, the sections' forms are drawn by the browser (ADR 0029) and
   * each closed section holds, for a browser without JavaScript, a link back to the page with this
   * parameter; present, the server draws every form and opens the section it names.
   */
  openForm: string | undefined;
}) {
  if (followUps.length === 0) return <p>{t("followups.none")}</p>;
  const section = (key: string) => ({
    id: key,
    open: openForm === key || undefined,
    deferred: openForm === undefined ? <a href={`/cases/${caseId}?form=${key}#${key}`}>{t("followups.formWithoutScript")}</a> : undefined,
  });
  return (
    <ul aria-label={t("followups.listLabel")} className="space-y-4">
      {followUps.map((f) => {
        const when = f.heldAt ?? f.scheduledAt;
        return (
          <li key={f.id} className="rounded-md border border-slate-200 p-4">
            <h3 className="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
              <Badge tone={TONE[f.status]}>{t(`followups.status.${f.status}`)}</Badge>
              <span>{when ? formatDateTime(when, locale) : t("followups.notScheduled")}</span>
              <span className="font-normal text-slate-700">{t(`followups.mode.${f.mode}`)}</span>
            </h3>
            {f.dueOn ? <p className="text-sm text-slate-700">{t("followups.due", { date: formatDay(f.dueOn, locale) })}</p> : null}
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
                    followUp={{
                      id: f.id,
                      version: f.version,
                      status: f.status,
                      mode: f.mode,
                      scheduledLocal: instantToDanishLocal(f.scheduledAt),
                      heldLocal: instantToDanishLocal(f.heldAt),
                      participants: f.participants,
                      summary: f.summary ?? "",
                      agreements: f.agreements ?? "",
                    }}
                  />
                </Disclosure>
                <Disclosure summary={t("followups.void.open")} tone="danger" {...section(`void-${f.id}`)}>
                  <VoidFollowUpForm caseId={caseId} followUp={{ id: f.id, version: f.version }} idPrefix={`void-${f.id}`} />
                </Disclosure>
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
