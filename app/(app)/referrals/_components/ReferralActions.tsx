"use client";
// The visitator's actions on a referral: one form with the reason/note field and one submit
// button per legal action (rejecting, a drop-out and returning the citizen after a confirmation step).
// Each button is <button name="action" value="…">: without JavaScript (and before hydration) the
// browser posts the pressed button's value with the form. After hydration the form is judged from
// its fields (the pressed button is not among them), so the pressed button also writes its action
// into a hidden "action" field, rendered only then (never both: one "action" is posted either way),
// before the shared schema runs, so the browser and the server validate the same input.
import { useEffect, useRef, useState } from "react";
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
  // Hydrated: the hidden "action" field exists (see above); until then the buttons' own values are posted.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  return (
    <div>
      {/* Outside the form (it outlives the form when no action is left): it takes the focus itself. */}
      <FormMessage form={f} focusOnShow />
      {actions.length === 0 ? (
        <p>{t("referrals.detail.noActions")}</p>
      ) : (
        <Form form={f} idPrefix="transition">
          <input type="hidden" name="referralId" value={referralId} />
          <HiddenFields values={{ version: version }} />
          {hydrated ? <input ref={actionRef} type="hidden" name="action" defaultValue="" /> : null}
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
                  name="action"
                  value={a}
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
                  name="action"
                  value={a}
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
