"use client";
// Recording and revoking a consent. Each form runs the shared zod schema in the browser first and
// again in the server action; errors appear next to their field.
import { useTranslations } from "use-intl";
import { useActionForm } from "@/components/forms/useActionForm";
import { Form } from "@/components/forms/Form";
import { ChoiceGroup, TextAreaField, TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton, errorsFor } from "@/components/forms/kit";
import { CONSENT_DIRECTIONS } from "@/lib/consents/validity";
import { CONSENT_METHODS } from "@/lib/validation/choices";
import { ConfirmSubmit } from "@/components/ui/ConfirmSubmit";
import { recordConsentAction, revokeConsentAction } from "../actions";
import { lazySchema } from "@/components/forms/lazySchema";
import { HiddenFields } from "@/components/forms/HiddenFields";

// The forms' schemas load on demand (ADR 0030).
const ZRecordConsent = lazySchema(() => import("@/lib/validation/consents").then((m) => m.ZRecordConsent), {
  employerDetails: 1000,
  purpose: 1000,
});
const ZRevokeConsent = lazySchema(() => import("@/lib/validation/consents").then((m) => m.ZRevokeConsent), { reason: 1000 });

export function RecordConsentForm({ citizenId, todayIso, hasOpenCase }: { citizenId: string; todayIso: string; hasOpenCase: boolean }) {
  const t = useTranslations();
  const f = useActionForm(ZRecordConsent, recordConsentAction, { resetOnSuccess: true });
  const { pending, errors } = f;
  return (
    <Form form={f} idPrefix="consent-new">
      <FormMessage form={f} />
      <input type="hidden" name="citizenId" value={citizenId} />
      <ChoiceGroup
        name="directions"
        legend={t("consents.record.directions")}
        errors={errorsFor(errors, "directions")}
        required
        options={CONSENT_DIRECTIONS.map((d) => ({
          value: d,
          label: `${t(`consents.direction.${d}`)}: ${t(`consents.directionHint.${d}`)}`,
        }))}
      />
      <TextAreaField
        name="employerDetails"
        label={t("consents.record.employerDetails")}
        hint={t("consents.record.employerDetailsHint")}
        rows={2}
      />
      <ChoiceGroup
        name="method"
        type="radio"
        legend={t("consents.record.method")}
        required
        options={CONSENT_METHODS.map((m) => ({ value: m, label: t(`consents.method.${m}`) }))}
      />
      <TextAreaField name="purpose" label={t("consents.record.purpose")} hint={t("consents.record.purposeHint")} rows={2} required />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField name="validFrom" type="date" label={t("consents.record.validFrom")} defaultValue={todayIso} required />
        <TextField
          name="validUntil"
          type="date"
          label={t("consents.record.validUntil")}
          hint={hasOpenCase ? t("consents.record.validUntilHintOpenCase") : t("consents.record.validUntilHintNoCase")}
          required={!hasOpenCase}
        />
      </div>
      <SubmitButton pending={pending}>{t("consents.record.submit")}</SubmitButton>
    </Form>
  );
}

/**
 * Revoking one consent: a confirmation step (ConfirmSubmit) that says what revoking means and holds
 * the optional reason, while the consent can be revoked. It stays mounted after a successful
 * revocation (the page then lists the consent as revoked), so the success message is still announced.
 */
export function RevokeConsentControl({
  citizenId,
  consentId,
  version,
  revocable,
  label,
}: {
  citizenId: string;
  consentId: string;
  version: number;
  revocable: boolean;
  label: string;
}) {
  const t = useTranslations();
  const f = useActionForm(ZRevokeConsent, revokeConsentAction);
  const { pending } = f;
  // The form is gone with the save (and the focused "Ja, tilbagekald" button): the message takes the focus.
  if (f.success) return <FormMessage success={f.success} focusOnShow />;
  if (!revocable) return null;
  return (
    <Form form={f} idPrefix={`revoke-${consentId}`} aria-label={label} className="mb-3">
      <FormMessage form={f} />
      <input type="hidden" name="citizenId" value={citizenId} />
      <input type="hidden" name="consentId" value={consentId} />
      <HiddenFields values={{ version: version }} />
      <ConfirmSubmit
        id={`revoke-${consentId}-step`}
        label={t("consents.revoke.open")}
        consequence={t("confirm.consentRevoke.consequence")}
        confirm={t("confirm.consentRevoke.confirm")}
        pending={pending}
      >
        <TextAreaField name="reason" label={t("consents.revoke.reason")} rows={2} />
      </ConfirmSubmit>
    </Form>
  );
}
