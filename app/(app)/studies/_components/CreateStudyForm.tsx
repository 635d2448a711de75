"use client";
// Define a new effect study (manager or admin): randomised, or matched comparison of a programme intervention
// (ADR 0016). The intervention is programmes of the catalogue and/or a way of working. A study cannot be
// edited once created (allocation starts on its start date), so the form asks for confirmation first.
import { useState } from "react";
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { ConfirmSubmit } from "@/components/ui/ConfirmSubmit";
import { STUDY_DESIGNS, STUDY_DIAGNOSIS_GROUPS } from "@/lib/validation/choices";
import { createStudyAction } from "../actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZCreateStudy = lazySchema(() => import("@/lib/validation/studies").then((m) => m.ZCreateStudy), {
  name: 120,
  question: 2000,
  intervention: 2000,
});

export type ProgrammeChoice = { id: string; name: string; active: boolean };

export function CreateStudyForm({ todayIso, endIso, programmes }: { todayIso: string; endIso: string; programmes: ProgrammeChoice[] }) {
  const t = useTranslations();
  const f = useActionForm(ZCreateStudy, createStudyAction, { resetOnSuccess: true });
  const [design, setDesign] = useState<string>(STUDY_DESIGNS[0]);
  return (
    <Form form={f} idPrefix="study" className="max-w-3xl">
      <FormMessage form={f} />
      <TextField name="name" label={t("studies.create.name")} required maxLength={120} />
      <TextAreaField
        name="question"
        label={t("studies.create.question")}
        hint={t("studies.create.questionHint")}
        required
        rows={2}
        maxLength={2000}
      />
      {programmes.length ? (
        <ChoiceGroup
          name="programmeIds"
          legend={t("studies.create.programmes")}
          hint={t("studies.create.programmesHint")}
          options={programmes.map((p) => ({
            value: p.id,
            label: p.active ? p.name : t("studies.create.programmeInactive", { name: p.name }),
          }))}
        />
      ) : (
        <p className="mb-4 text-sm text-slate-700">{t("studies.create.noProgrammes")}</p>
      )}
      <TextAreaField
        name="intervention"
        label={t("studies.create.intervention")}
        hint={t("studies.create.interventionHint")}
        rows={2}
        maxLength={2000}
      />
      <SelectField
        name="design"
        value={design}
        onChange={(e) => setDesign(e.target.value)}
        label={t("studies.create.design")}
        hint={t("studies.create.designHint")}
        options={STUDY_DESIGNS.map((d) => ({ value: d, label: t(`studies.design.${d}`) }))}
      />
      <ChoiceGroup
        name="diagnosisGroups"
        legend={t("studies.create.population")}
        hint={t("studies.create.populationHint")}
        options={STUDY_DIAGNOSIS_GROUPS.map((g) => ({ value: g, label: t(`cases.diagnosisGroup.${g}`) }))}
      />
      {/* Allocation settings belong to a randomised study; for a matched one they keep their defaults, out of sight. */}
      <div hidden={design === "MATCHED"}>
        <ChoiceGroup
          name="stratifyByDiagnosis"
          legend={t("studies.create.stratify")}
          type="radio"
          defaultValue="on"
          options={[
            { value: "on", label: t("cases.history.yes") },
            { value: "off", label: t("cases.history.no") },
          ]}
        />
        <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
          <TextField
            name="ratioIntervention"
            label={t("studies.create.ratioIntervention")}
            hint={t("studies.create.ratioHint")}
            inputMode="numeric"
            defaultValue="1"
            required
          />
          <TextField
            name="ratioControl"
            label={t("studies.create.ratioControl")}
            hint={t("studies.create.ratioHint")}
            inputMode="numeric"
            defaultValue="1"
            required
          />
        </div>
      </div>
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
        <TextField name="startOn" type="date" label={t("studies.create.startOn")} defaultValue={todayIso} required />
        <TextField name="plannedEndOn" type="date" label={t("studies.create.plannedEndOn")} defaultValue={endIso} required />
        <TextField name="plannedParticipants" label={t("studies.create.plannedParticipants")} inputMode="numeric" required />
        <TextField
          name="plannedEffectDays"
          label={t("studies.create.plannedEffectDays")}
          hint={t("studies.create.plannedEffectHint")}
          inputMode="numeric"
        />
      </div>
      <ConfirmSubmit
        id="study-create-step"
        tone="primary"
        label={t("studies.create.submit")}
        consequence={t("confirm.studyCreate.consequence")}
        confirm={t("confirm.studyCreate.confirm")}
        pending={f.pending}
        done={!!f.success}
      />
    </Form>
  );
}
