"use client";
// The visitator's actions on a referral: one form with the reason/note field and one submit
// button per legal action. The pressed button writes its action into the hidden "action" field
// before the shared schema runs, so the browser and the server validate the same input.
import { useRef } from "react";
import { useResetOnSuccess } from "@/components/forms/kit";
import { useTranslations } from "use-intl";
import { SelectField, TextAreaField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/FormMessage";
import { useValidatedAction } from "@/components/forms/useValidatedAction";
import { Button } from "@/components/ui/Button";
import type { ReferralAction } from "@/lib/referrals/transitions";
import { REASON_CODED_ACTIONS, ZTransitionReferral } from "@/lib/validation/referrals";
import { REASON_CODES } from "@/lib/kpi/figures";

const DANGER: ReadonlySet<ReferralAction> = new Set(["reject", "drop", "return"]);

export function ReferralActions({
  referralId,
  version,
  actions,
  freePlaces,
  action,
}: {
  referralId: string;
  version: number;
  actions: ReferralAction[];
  freePlaces: number;
  action: Parameters<typeof useValidatedAction>[1];
}) {
  const t = useTranslations();
  const { state, onSubmit, pending, errors, formError } = useValidatedAction(ZTransitionReferral, action);
  const formRef = useResetOnSuccess(state);
  const actionRef = useRef<HTMLInputElement>(null);

  return (
    <div>
      <FormMessage error={formError} success={state.ok ? state.message : undefined} />
      {actions.length === 0 ? (
        <p>{t("referrals.detail.noActions")}</p>
      ) : (
        <form ref={formRef} onSubmit={onSubmit} noValidate>
          <input type="hidden" name="referralId" value={referralId} />
          <input type="hidden" name="version" value={version} />
          <input ref={actionRef} type="hidden" name="action" defaultValue="" />
          <TextAreaField
            id="transition-reason"
            name="reason"
            label={t("referrals.actions.reason")}
            hint={t("referrals.actions.reasonHint")}
            errors={errors.reason}
            rows={3}
            maxLength={1000}
          />
          {actions.some((a) => REASON_CODED_ACTIONS.includes(a)) ? (
            <SelectField
              id="transition-reason-code"
              name="reasonCode"
              label={t("referrals.actions.reasonCode")}
              hint={t("referrals.actions.reasonCodeHint")}
              errors={errors.reasonCode}
              placeholder={t("referrals.actions.reasonCodeNone")}
              options={REASON_CODES.map((c) => ({ value: c, label: t(`kpi.reasons.${c}`) }))}
              defaultValue=""
            />
          ) : null}
          {actions.includes("start") && freePlaces === 0 ? (
            <p id="no-free-places" className="mb-3 text-sm font-medium text-amber-900">
              {t("referrals.actions.noFreePlaces")}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-3" role="group" aria-label={t("referrals.actions.legend")}>
            {actions.map((a) => (
              <Button
                key={a}
                type="submit"
                variant={DANGER.has(a) ? "danger" : a === "accept" || a === "start" || a === "complete" ? "primary" : "secondary"}
                disabled={pending}
                aria-describedby={a === "start" && freePlaces === 0 ? "no-free-places" : undefined}
                onClick={() => {
                  if (actionRef.current) actionRef.current.value = a;
                }}
              >
                {t(`referrals.actions.${a}`)}
              </Button>
            ))}
          </div>
        </form>
      )}
    </div>
  );
}
