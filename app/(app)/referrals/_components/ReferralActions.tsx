"use client";
// The visitator's actions on a referral: one form with the reason/note field and one submit
// button per legal action (rejecting, a drop-out and returning the citizen after a confirmation step). The pressed button writes its action into the hidden "action" field
// before the shared schema runs, so the browser and the server validate the same input.
import { useRef } from "react";
import { useTranslations } from "use-intl";
import { SelectField, TextAreaField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/FormMessage";
import { useActionForm, type FormAction } from "@/components/forms/useActionForm";
import { Form } from "@/components/forms/Form";
import { Button } from "@/components/ui/Button";
import { ConfirmSubmit } from "@/components/ui/ConfirmSubmit";
import type { ReferralAction } from "@/lib/referrals/transitions";
import { REASON_CODED_ACTIONS } from "@/lib/validation/choices";
import { REASON_CODES } from "@/lib/kpi/figures";
import { lazySchema } from "@/components/forms/lazySchema";
import { HiddenFields } from "@/components/forms/HiddenFields";

// The forms' schemas load on demand (ADR 0030).
const ZTransitionReferral = lazySchema(() => import("@/lib/validation/referrals").then((m) => m.ZTransitionReferral), { reason: 1000 });

// The final, destructive transitions ask for confirmation (components/ui/ConfirmSubmit.tsx).
const CONFIRM = {
  reject: { consequence: "confirm.referralReject.consequence", confirm: "confirm.referralReject.confirm" },
  drop: { consequence: "confirm.referralDrop.consequence", confirm: "confirm.referralDrop.confirm" },
  return: { consequence: "confirm.referralReturn.consequence", confirm: "confirm.referralReturn.confirm" },
} as const;

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
  action: FormAction;
}) {
  const t = useTranslations();
  const f = useActionForm(ZTransitionReferral, action, { resetOnSuccess: true });
  const { pending } = f;
  const actionRef = useRef<HTMLInputElement>(null);

  return (
    <div>
      <FormMessage form={f} />
      {actions.length === 0 ? (
        <p>{t("referrals.detail.noActions")}</p>
      ) : (
        <Form form={f} idPrefix="transition">
          <input type="hidden" name="referralId" value={referralId} />
          <HiddenFields values={{ version: version }} />
          <input ref={actionRef} type="hidden" name="action" defaultValue="" />
          <TextAreaField name="reason" label={t("referrals.actions.reason")} hint={t("referrals.actions.reasonHint")} rows={3} />
          {actions.some((a) => REASON_CODED_ACTIONS.includes(a)) ? (
            <SelectField
              id="transition-reason-code"
              name="reasonCode"
              label={t("referrals.actions.reasonCode")}
              hint={t("referrals.actions.reasonCodeHint")}
              placeholder={t("referrals.actions.reasonCodeNone")}
              options={REASON_CODES.map((c) => ({ value: c, label: t(`kpi.reasons.${c}`) }))}
              defaultValue=""
            />
          ) : null}
          {actions.includes("waitlist") && freePlaces > 0 ? (
            <p id="waitlist-needs-reason" className="mb-3 text-sm font-medium text-amber-900">
              {t("referrals.actions.waitlistNeedsReason", { free: freePlaces })}
            </p>
          ) : null}
          {actions.includes("start") && freePlaces === 0 ? (
            <p id="no-free-places" className="mb-3 text-sm font-medium text-amber-900">
              {t("referrals.actions.noFreePlaces")}
            </p>
          ) : null}
          <div className="flex flex-wrap items-start gap-3" role="group" aria-label={t("referrals.actions.legend")}>
            {actions.map((a) => {
              const choose = () => {
                if (actionRef.current) actionRef.current.value = a;
              };
              // A final step for the citizen (rejected, dropped out, returned): a confirmation step first.
              const final = a === "reject" || a === "drop" || a === "return" ? CONFIRM[a] : null;
              return final ? (
                <ConfirmSubmit
                  key={a}
                  id={`transition-${a}-step`}
                  label={t(`referrals.actions.${a}`)}
                  consequence={t(final.consequence)}
                  confirm={t(final.confirm)}
                  pending={pending}
                  done={!!f.success}
                  onConfirm={choose}
                />
              ) : (
                <Button
                  key={a}
                  type="submit"
                  variant={a === "accept" || a === "start" || a === "complete" ? "primary" : "secondary"}
                  disabled={pending}
                  aria-describedby={
                    a === "start" && freePlaces === 0
                      ? "no-free-places"
                      : a === "waitlist" && freePlaces > 0
                        ? "waitlist-needs-reason"
                        : undefined
                  }
                  onClick={choose}
                >
                  {t(`referrals.actions.${a}`)}
                </Button>
              );
            })}
          </div>
        </Form>
      )}
    </div>
  );
}
