"use client";
// Create a rehab plan from a started referral or from a hospital rehab plan (CPR, received on).
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { SelectField, TextField } from "@/components/forms/fields";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button, buttonClass } from "@/components/ui/Button";
import { BODY_REGIONS, STANDARD_PACKAGES } from "@/lib/rehab/catalogue";
import { PLAN_SOURCES } from "@/lib/validation/choices";
import { createRehabPlanAction } from "../actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZCreateRehabPlan = lazySchema(() => import("@/lib/validation/rehab").then((m) => m.ZCreateRehabPlan), { condition: 200 });

export function NewPlanForm({
  referrals,
  preselectedReferralId,
  today,
}: {
  referrals: { value: string; label: string }[];
  preselectedReferralId: string;
  today: string;
}) {
  const t = useTranslations();
  const f = useActionForm(ZCreateRehabPlan, createRehabPlanAction);
  // After a refused post without JavaScript, the source that was sent (ADR 0033).
  const [source, setSource] = useState<(typeof PLAN_SOURCES)[number]>(
    () => PLAN_SOURCES.find((s) => s === f.values?.source) ?? (referrals.length === 0 ? "HOSPITAL_PLAN" : "REFERRAL"),
  );
  return (
    <Form form={f} className="max-w-2xl">
      <FormMessage form={f} />
      <fieldset className="mb-4">
        <legend className="mb-1 text-sm font-semibold text-slate-800">{t("rehab.new.source")}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {PLAN_SOURCES.map((s) => (
            <label key={s} className="inline-flex items-center gap-2 text-slate-900">
              <input type="radio" name="source" value={s} checked={source === s} onChange={() => setSource(s)} className="h-4 w-4" />
              {t(`rehab.new.sourceOptions.${s}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {source === "REFERRAL" ? (
        referrals.length === 0 ? (
          <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
            {t("rehab.new.noReferrals")}
          </p>
        ) : (
          <SelectField
            name="referralId"
            label={t("rehab.new.referral")}
            placeholder={t("rehab.new.referralPlaceholder")}
            options={referrals}
            defaultValue={preselectedReferralId}
            required
          />
        )
      ) : (
        <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
          <TextField name="cpr" label={t("rehab.new.cpr")} hint={t("rehab.new.cprHint")} autoComplete="off" inputMode="numeric" required />
          <TextField
            name="hospitalPlanReceivedOn"
            type="date"
            label={t("rehab.new.hospitalPlanReceivedOn")}
            defaultValue={today}
            max={today}
            required
          />
        </div>
      )}
      <TextField name="condition" label={t("rehab.fields.condition")} hint={t("rehab.fields.conditionHint")} required />
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
        <SelectField
          name="bodyRegion"
          label={t("rehab.fields.bodyRegion")}
          placeholder={t("rehab.notes.choose")}
          options={BODY_REGIONS.map((r) => ({ value: r, label: t(`rehab.bodyRegion.${r}`) }))}
          required
          defaultValue=""
        />
        <SelectField
          name="standardPackage"
          label={t("rehab.fields.standardPackage")}
          placeholder={t("rehab.fields.noPackage")}
          options={STANDARD_PACKAGES.map((p) => ({ value: p, label: t(`rehab.package.${p}`) }))}
          defaultValue=""
        />
        <TextField name="startOn" type="date" label={t("rehab.fields.startOn")} defaultValue={today} required />
        <TextField name="endOn" type="date" label={t("rehab.fields.endOn")} hint={t("rehab.fields.endOnHint")} />
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={f.pending}>
          {t("rehab.new.submit")}
        </Button>
        <Link prefetch={false} href="/rehab" className={buttonClass("secondary")}>
          {t("rehab.new.cancel")}
        </Link>
      </div>
    </Form>
  );
}
