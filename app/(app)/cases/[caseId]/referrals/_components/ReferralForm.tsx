"use client";
// The caseworker's referral: choose an active programme, answer each checklist item (a fieldset
// with Yes / No / Not known radios), give a reason. A required item answered "No" is flagged next
// to the item at once (lib/referrals/eligibility.ts, the same rule the server applies) and blocks
// sending unless an override justification is written.
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { SelectField, TextAreaField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/FormMessage";
import { useValidatedAction } from "@/components/forms/useValidatedAction";
import { Button } from "@/components/ui/Button";
import { ANSWERS, evaluateEligibility, type Answer } from "@/lib/referrals/eligibility";
import type { FieldErrors } from "@/lib/validation/form";
import { answerFieldName, ZCreateReferral } from "@/lib/validation/referrals";

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
  action: Parameters<typeof useValidatedAction>[1];
}) {
  const t = useTranslations();
  const { state, onSubmit, pending, errors, formError } = useValidatedAction(ZCreateReferral, action);
  const [programmeId, setProgrammeId] = useState("");
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [override, setOverride] = useState("");
  const [ruleErrors, setRuleErrors] = useState<FieldErrors | undefined>();
  const formRef = useRef<HTMLFormElement>(null);
  const programme = programmes.find((p) => p.id === programmeId);
  const verdict = useMemo(() => evaluateEligibility(programme?.criteria ?? [], answers, override), [programme, answers, override]);

  useEffect(() => {
    if (!state.ok) return;
    formRef.current?.reset();
    setProgrammeId("");
    setAnswers({});
    setOverride("");
  }, [state]);

  function submit(e: FormEvent<HTMLFormElement>) {
    // The eligibility rule needs the programme's checklist, which the shared schema does not know.
    if (verdict.blocking.length > 0 && !verdict.overridden) {
      e.preventDefault();
      const fe: FieldErrors = {
        overrideJustification: [override.trim() ? "referrals.errors.overrideTooShort" : "referrals.errors.overrideNeeded"],
      };
      for (const id of verdict.blocking) fe[`answers.${id}`] = ["referrals.errors.requiredNo"];
      setRuleErrors(fe);
      return;
    }
    setRuleErrors(undefined);
    onSubmit(e);
  }

  const all: FieldErrors = { ...errors, ...(ruleErrors ?? {}) };
  const shownError = ruleErrors ? "errors.formInvalid" : formError;

  if (programmes.length === 0) return <p>{t("referrals.form.noProgrammes")}</p>;
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="max-w-3xl">
      <FormMessage error={shownError} success={state.ok ? state.message : undefined} />
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
          setRuleErrors(undefined);
        }}
        errors={all.programmeId}
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
                  const itemErrors = all[`answers.${c.id}`] ?? (blocked ? ["referrals.errors.requiredNo"] : undefined);
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
                                  setRuleErrors(undefined);
                                }}
                                className="h-4 w-4"
                                aria-invalid={itemErrors ? true : undefined}
                              />
                              {t(`referrals.answer.${a}`)}
                            </label>
                          ))}
                        </div>
                        <div aria-live="polite">
                          {itemErrors ? (
                            <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
                              {itemErrors.map((e) => t(e as never)).join(" ")}
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
      <TextAreaField
        name="reason"
        label={t("referrals.form.reason")}
        hint={t("referrals.form.reasonHint")}
        errors={all.reason}
        rows={3}
        required
        maxLength={2000}
      />
      {verdict.blocking.length > 0 || override ? (
        <TextAreaField
          name="overrideJustification"
          label={t("referrals.form.override")}
          hint={t("referrals.form.overrideHint")}
          errors={all.overrideJustification}
          rows={3}
          maxLength={2000}
          value={override}
          onChange={(e) => setOverride(e.target.value)}
        />
      ) : null}
      <Button type="submit" disabled={pending}>
        {t("referrals.form.submit")}
      </Button>
    </form>
  );
}
