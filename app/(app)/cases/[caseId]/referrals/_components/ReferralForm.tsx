"use client";
// The caseworker's referral: choose an active programme, answer each checklist item (a fieldset
// with Yes / No / Not known radios), give a reason. A required item answered "No" is flagged next
// to the item at once (lib/referrals/eligibility.ts, the same rule the server applies) and blocks
// sending unless an override justification is written.
import { useEffect, useMemo, useState } from "react";
import { useTranslations } from "use-intl";
import { SelectField, TextAreaField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/FormMessage";
import { Form } from "@/components/forms/Form";
import { useActionForm, type FormAction } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { ANSWERS, evaluateEligibility, type Answer } from "@/lib/referrals/eligibility";
import type { FieldErrors } from "@/lib/validation/form";
import { answerFieldName } from "@/lib/validation/choices";
import { lazySchema } from "@/components/forms/lazySchema";
import { useErrorText } from "@/components/forms/useErrorText";

// The forms' schemas load on demand (ADR 0030).
const ZCreateReferral = lazySchema(() => import("@/lib/validation/referrals").then((m) => m.ZCreateReferral), {
  reason: 2000,
  overrideJustification: 2000,
});

export type ReferableProgrammeOption = {
  id: string;
  name: string;
  targetGroup: string;
  criteria: { id: string; text: string; required: boolean }[];
};

export function ReferralForm({
  caseId,
  programmes,
  action,
}: {
  caseId: string;
  programmes: ReferableProgrammeOption[];
  action: FormAction;
}) {
  const t = useTranslations();
  const errorText = useErrorText();
  const [programmeId, setProgrammeId] = useState("");
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [override, setOverride] = useState("");
  const programme = programmes.find((p) => p.id === programmeId);
  const verdict = useMemo(() => evaluateEligibility(programme?.criteria ?? [], answers, override), [programme, answers, override]);
  // The eligibility rule needs the programme's checklist, which the shared schema does not know;
  // a blocking "No" is shown beside its item at once, and sending needs the override justification.
  const f = useActionForm(ZCreateReferral, action, {
    resetOnSuccess: true,
    check: (): FieldErrors | null =>
      verdict.blocking.length > 0 && !verdict.overridden
        ? { overrideJustification: [override.trim() ? "referrals.errors.overrideTooShort" : "referrals.errors.overrideNeeded"] }
        : null,
  });
  const all = f.errors;

  useEffect(() => {
    if (!f.result?.ok) return;
    setProgrammeId("");
    setAnswers({});
    setOverride("");
  }, [f.result]);

  if (programmes.length === 0) return <p>{t("referrals.form.noProgrammes")}</p>;
  return (
    <Form form={f} className="max-w-3xl">
      <FormMessage form={f} />
      <input type="hidden" name="caseId" value={caseId} />
      <SelectField
        name="programmeId"
        label={t("referrals.form.programme")}
        placeholder={t("referrals.form.chooseProgramme")}
        options={programmes.map((p) => ({ value: p.id, label: p.name }))}
        value={programmeId}
        onChange={(e) => {
          setProgrammeId(e.target.value);
          setAnswers({});
        }}
        required
      />
      {programme ? (
        <div className="mb-4">
          <p className="mb-3 text-sm text-slate-700">{t("referrals.form.programmeAbout", { targetGroup: programme.targetGroup })}</p>
          {programme.criteria.length === 0 ? (
            <p className="mb-3 text-sm">{t("referrals.form.noCriteria")}</p>
          ) : (
            <fieldset className="rounded-md border border-slate-300 p-4" aria-describedby="checklist-hint">
              <legend className="px-1 text-base font-semibold text-slate-900">
                {t("referrals.form.checklistLegend", { name: programme.name })}
              </legend>
              <p id="checklist-hint" className="mb-3 text-sm text-slate-600">
                {t("referrals.form.checklistHint")}
              </p>
              <ol className="space-y-3">
                {programme.criteria.map((c, i) => {
                  const blocked = verdict.blocking.includes(c.id);
                  const itemErrors = blocked ? ["referrals.errors.requiredNo"] : all[`answers.${c.id}`];
                  const errorId = `answer-${c.id}-error`;
                  return (
                    <li key={c.id}>
                      <input type="hidden" name="criterionIds[]" value={c.id} />
                      <fieldset
                        className={`rounded-md border p-3 ${itemErrors ? "border-red-600" : "border-slate-200"}`}
                        aria-describedby={itemErrors ? errorId : undefined}
                      >
                        <legend className="px-1 text-sm font-semibold text-slate-800">
                          {`${i + 1}. ${c.text}`}
                          {/* Every criterion needs an answer: marked like every other required field (walk6). */}
                          <span aria-hidden="true" className="text-red-700">
                            {" "}
                            *
                          </span>
                          {c.required ? <span className="ml-1 font-normal text-slate-700">{t("referrals.form.requiredMark")}</span> : null}
                        </legend>
                        <div className="flex flex-wrap gap-x-5 gap-y-2">
                          {ANSWERS.map((a) => (
                            <label key={a} className="inline-flex items-center gap-2 text-slate-900">
                              <input
                                type="radio"
                                name={answerFieldName(c.id)}
                                value={a}
                                checked={answers[c.id] === a}
                                onChange={() => {
                                  setAnswers((prev) => ({ ...prev, [c.id]: a }));
                                }}
                                className="h-4 w-4"
                                required
                                aria-invalid={itemErrors ? true : undefined}
                              />
                              {t(`referrals.answer.${a}`)}
                            </label>
                          ))}
                        </div>
                        <div aria-live="polite">
                          {itemErrors ? (
                            <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
                              {itemErrors.map((e) => errorText(e)).join(" ")}
                            </p>
                          ) : null}
                        </div>
                      </fieldset>
                    </li>
                  );
                })}
              </ol>
            </fieldset>
          )}
        </div>
      ) : null}
      <TextAreaField name="reason" label={t("referrals.form.reason")} hint={t("referrals.form.reasonHint")} rows={3} required />
      {verdict.blocking.length > 0 || override ? (
        <TextAreaField
          name="overrideJustification"
          label={t("referrals.form.override")}
          hint={t("referrals.form.overrideHint")}
          rows={3}
          value={override}
          onChange={(e) => setOverride(e.target.value)}
        />
      ) : null}
      <Button type="submit" disabled={f.pending}>
        {t("referrals.form.submit")}
      </Button>
    </Form>
  );
}
