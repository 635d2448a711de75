// The effect studies the case has entered (issue 14): the arm and what it means for the caseworker,
// and that both arms are registered the same way. Only the case's own arm is ever shown.
import type { CaseStudyAllocation } from "@/lib/domain/studies/get-case-study-allocations";
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatDay } from "@/lib/format";
import { Section } from "@/components/ui/Section";
import { formatDateTime } from "@/lib/format";
import { AnnotateAllocationForm } from "./LazyForms";

export function StudyAllocations({
  allocations,
  caseId,
  canEdit,
  t,
  locale,
}: {
  /** The case's allocations (getCasePagePanels). */
  allocations: CaseStudyAllocation[];
  caseId: string;
  canEdit: boolean;
  t: T;
  locale: Locale;
}) {
  if (allocations.length === 0) return null;
  return (
    <Section id="studies" title={t("studies.caseBox.heading")}>
      {allocations.map((a) => (
        <div key={a.studyId} className="mb-3 space-y-1">
          <p>{t("studies.caseBox.entered", { name: a.studyName, date: formatDay(a.entryDay, locale) })}</p>
          <p className="font-semibold">{t(`studies.caseBox.meaning.${a.arm}`, { intervention: a.intervention })}</p>
          <p className="text-sm text-slate-700">{a.studyClosed ? t("studies.caseBox.closed") : t("studies.caseBox.same")}</p>
          {a.notes.length ? (
            <>
              <h3 className="mt-2 font-semibold text-slate-900">{t("studies.caseBox.notes")}</h3>
              <ul className="list-disc pl-5 text-sm">
                {a.notes.map((n, i) => (
                  <li key={i}>{t("studies.caseBox.noteBy", { by: n.by, at: formatDateTime(n.at, locale), text: n.text })}</li>
                ))}
              </ul>
            </>
          ) : null}
          {canEdit ? <AnnotateAllocationForm caseId={caseId} studyId={a.studyId} /> : null}
        </div>
      ))}
    </Section>
  );
}
