"use client";
// The fields of a progress note (day, the three scores, the text), shared by the form that adds a
// note and the form that corrects one. The ids come from the form's idPrefix (several forms on one page).
import { useTranslations } from "use-intl";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

export type NoteValues = { writtenOn: string; selfRatedHealth: string; pain: string; workAbility: string; text: string };

export function NoteFields({ today, values }: { today: string; values: NoteValues }) {
  const t = useTranslations();
  return (
    <>
      <TextField
        name="writtenOn"
        type="date"
        label={t("rehab.notes.writtenOn")}
        defaultValue={values.writtenOn}
        max={today}
        required
        className="max-w-xs"
      />
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-3">
        <SelectField
          name="selfRatedHealth"
          label={t("rehab.notes.selfRatedHealth")}
          hint={t("rehab.notes.selfRatedHealthHint")}
          placeholder={t("rehab.notes.choose")}
          options={(["1", "2", "3", "4", "5"] as const).map((v) => ({ value: v, label: t(`rehab.notes.health.${v}`) }))}
          required
          defaultValue={values.selfRatedHealth}
        />
        <SelectField
          name="pain"
          label={t("rehab.notes.pain")}
          hint={t("rehab.notes.painHint")}
          placeholder={t("rehab.notes.choose")}
          options={range(0, 10).map((v) => ({ value: v, label: v }))}
          required
          defaultValue={values.pain}
        />
        <SelectField
          name="workAbility"
          label={t("rehab.notes.workAbility")}
          hint={t("rehab.notes.workAbilityHint")}
          placeholder={t("rehab.notes.choose")}
          options={range(0, 10).map((v) => ({ value: v, label: v }))}
          required
          defaultValue={values.workAbility}
        />
      </div>
      <TextAreaField name="text" label={t("rehab.notes.text")} defaultValue={values.text} required rows={4} />
    </>
  );
}
