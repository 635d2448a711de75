// The case's course under the 2014 follow-up rules (issue 15): the visitation category with its
// history, the doctor's certificate, early follow-up requests, rehabilitation-team presentations
// and reassessment decisions, with the forms to record them (owning department, case open).
import type { T } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/messages";
import type { CaseDetail } from "@/lib/domain/cases/get-case";
import { formatDay } from "@/lib/format";
import { isoDay } from "@/lib/time";
import { DescriptionList } from "@/components/ui/DescriptionList";
import { Disclosure } from "../../_components/Disclosure";
import { deferredSection } from "@/components/ui/deferred-section";
import { DoctorCertificateForm, EarlyFollowUpForm, ReassessmentForm, RehabilitationTeamForm, VisitationForm } from "./LazyForms";

/** `openForm`: the page's `form` parameter (deferred forms, ADR 0029; see deferredSection). */
export function RuleFactsSection({ t, locale, c, openForm }: { t: T; locale: Locale; c: CaseDetail; openForm: string | undefined }) {
  const section = (key: string) => deferredSection(`/cases/${c.id}`, key, openForm, t("common.formWithoutScript"));
  const day = (d: Date | null) => (d ? formatDay(d, locale) : t("rules.case.none"));
  const current = c.visitations[0] ?? null;
  const canRecord = c.canEdit && c.status !== "CLOSED";
  const ref = { caseId: c.id, version: c.version, todayIso: isoDay(c.today) };
  const list = (items: string[]) =>
    items.length === 0 ? (
      t("rules.case.none")
    ) : (
      <ul className="list-disc pl-5">
        {items.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
    );
  return (
    <>
      <DescriptionList
        items={[
          {
            term: t("rules.case.visitation.current"),
            value: current
              ? t("rules.case.visitation.currentLine", {
                  category: t(`rules.category.${current.category as 1 | 2 | 3}`),
                  date: day(current.visitedOn),
                })
              : t("rules.case.visitation.missing"),
          },
          {
            term: t("rules.case.visitation.history"),
            value: list(c.visitations.slice(1).map((v) => `${t(`rules.category.${v.category as 1 | 2 | 3}`)}, ${day(v.visitedOn)}`)),
          },
          {
            term: t("rules.kind.DOCTOR_CERTIFICATE"),
            value: t("rules.case.certificate.line", {
              requested: day(c.doctorCertificateRequestedOn),
              received: day(c.doctorCertificateReceivedOn),
            }),
          },
          {
            term: t("rules.case.early.heading"),
            value: list(
              c.earlyFollowUpRequests.map(
                (r) =>
                  `${t(`rules.requester.${r.requestedBy}`)}, ${day(r.requestedOn)}` +
                  (r.declinedByEmployeeOn ? ` — ${t("rules.case.early.declined", { date: day(r.declinedByEmployeeOn) })}` : ""),
              ),
            ),
          },
          {
            term: t("rules.case.team.heading"),
            value: list(c.rehabilitationTeam.map((p) => day(p.presentedOn) + (p.note ? ` — ${p.note}` : ""))),
          },
          {
            term: t("rules.case.reassessment.heading"),
            value: list(
              c.reassessments.map(
                (r) =>
                  `${day(r.decidedOn)}: ${t(`rules.outcome.${r.outcome}`)}` +
                  (r.ground ? ` (${t(`rules.ground.${r.ground}`)})` : "") +
                  (r.extendedUntil ? `, ${t("rules.case.reassessment.until", { date: day(r.extendedUntil) })}` : ""),
              ),
            ),
          },
        ]}
      />
      {canRecord ? (
        <div className="mt-4">
          <Disclosure summary={t("rules.case.visitation.open")} {...section("visitation")}>
            <VisitationForm {...ref} idPrefix="visitation" />
          </Disclosure>
          <Disclosure summary={t("rules.case.certificate.open")} tone="secondary" {...section("certificate")}>
            <DoctorCertificateForm {...ref} idPrefix="certificate" />
          </Disclosure>
          <Disclosure summary={t("rules.case.early.open")} tone="secondary" {...section("early")}>
            <EarlyFollowUpForm {...ref} idPrefix="early" />
          </Disclosure>
          <Disclosure summary={t("rules.case.team.open")} tone="secondary" {...section("team")}>
            <RehabilitationTeamForm {...ref} idPrefix="team" />
          </Disclosure>
          <Disclosure summary={t("rules.case.reassessment.open")} tone="secondary" {...section("reassessment")}>
            <ReassessmentForm {...ref} idPrefix="reassessment" />
          </Disclosure>
        </div>
      ) : null}
    </>
  );
}
