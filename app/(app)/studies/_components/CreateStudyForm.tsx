"use client";
// Define a new effect study (manager or admin): randomised, or matched comparison of a programme intervention
// (ADR 0016). The intervention is programmes of the catalogue and/or a way of working.
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { STUDY_DESIGNS, STUDY_DIAGNOSIS_GROUPS, ZCreateStudy } from "@/lib/validation/studies";
import { createStudyAction } from "../actions";

export type ProgrammeChoice = { id: string; name: string; active: boolean };

export function CreateStudyForm({ todayIso, endIso, programmes }: { todayIso: string; endIso: string; programmes: ProgrammeChoice[] }) {
  const t = useTranslations();
  const f = useActionForm(ZCreateStudy, createStudyAction, { resetOnSuccess: true });
  return (
    <Form form={f} className="max-w-3xl">
      <FormMessage form={f} />
      <TextField id="study-name" name="name" label={t("studies.create.name")} errors={f.errors.name} required maxLength={120} />
      <TextAreaField
        id="study-question"
        name="question"
        label={t("studies.create.question")}
        hint={t("studies.create.questionHint")}
        errors={f.errors.question}
        required
        rows={2}
        maxLength={2000}
      />
      {programmes.length ? (
        <ChoiceGroup
          name="programmeIds"
          legend={t("studies.create.programmes")}
          hint={t("studies.create.programmesHint")}
          errors={f.errors.programmeIds}
          options={programmes.map((p) => ({
            value: p.id,
            label: p.active ? p.name : t("studies.create.programmeInactive", { name: p.name }),
          }))}
        />
      ) : (
        <p className="mb-4 text-sm text-slate-700">{t("studies.create.noProgrammes")}</p>
      )}
      <TextAreaField
        id="study-intervention"
        name="intervention"
        label={t("studies.create.intervention")}
        hint={t("studies.create.interventionHint")}
        errors={f.errors.intervention}
        rows={2}
        maxLength={2000}
      />
      <SelectField
        id="study-design"
        name="design"
        label={t("studies.create.design")}
        hint={t("studies.create.designHint")}
        errors={f.errors.design}
        options={STUDY_DESIGNS.map((d) => ({ value: d, label: t(`studies.design.${d}`) }))}
      />
      <ChoiceGroup
        name="diagnosisGroups"
        legend={t("studies.create.population")}
        hint={t("studies.create.populationHint")}
        errors={f.errors.diagnosisGroups}
        options={STUDY_DIAGNOSIS_GROUPS.map((g) => ({ value: g, label: t(`cases.diagnosisGroup.${g}`) }))}
      />
      <ChoiceGroup
        name="stratifyByDiagnosis"
        legend={t("studies.create.stratify")}
        errors={f.errors.stratifyByDiagnosis}
        type="radio"
        defaultValue="on"
        options={[
          { value: "on", label: t("cases.history.yes") },
          { value: "off", label: t("cases.history.no") },
        ]}
      />
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
        <TextField
          id="study-ratio-i"
          name="ratioIntervention"
          label={t("studies.create.ratioIntervention")}
          hint={t("studies.create.ratioHint")}
          errors={f.errors.ratioIntervention}
          inputMode="numeric"
          defaultValue="1"
          required
        />
        <TextField
          id="study-ratio-c"
          name="ratioControl"
          label={t("studies.create.ratioControl")}
          hint={t("studies.create.ratioHint")}
          errors={f.errors.ratioControl}
          inputMode="numeric"
          defaultValue="1"
          required
        />
        <TextField
          id="study-start"
          name="startOn"
          type="date"
          label={t("studies.create.startOn")}
          errors={f.errors.startOn}
          defaultValue={todayIso}
          required
        />
        <TextField
          id="study-end"
          name="plannedEndOn"
          type="date"
          label={t("studies.create.plannedEndOn")}
          errors={f.errors.plannedEndOn}
          defaultValue={endIso}
          required
        />
        <TextField
          id="study-planned"
          name="plannedParticipants"
          label={t("studies.create.plannedParticipants")}
          errors={f.errors.plannedParticipants}
          inputMode="numeric"
          required
        />
        <TextField
          id="study-effect"
          name="plannedEffectDays"
          label={t("studies.create.plannedEffectDays")}
          hint={t("studies.create.plannedEffectHint")}
          errors={f.errors.plannedEffectDays}
          inputMode="numeric"
        />
      </div>
      <Button type="submit" disabled={f.pending}>
        {t("studies.create.submit")}
      </Button>
    </Form>
  );
}
