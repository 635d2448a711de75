"use client";
// Forms of the rehab plan page. Every control has a unique id (several forms share field names).
import { useTranslations } from "use-intl";
import { ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/FormMessage";
import { Button } from "@/components/ui/Button";
import { BODY_REGIONS, FIRST_CONVERSATION_QUESTIONS, STANDARD_PACKAGES, type FirstConversation } from "@/lib/rehab/catalogue";
import {
  ZAddExercise,
  ZAddGoal,
  ZAddProgressNote,
  ZMarkGoalAchieved,
  ZRecordAdherence,
  ZRemoveExercise,
  ZSaveFirstConversation,
  ZUpdateGoal,
  ZUpdateRehabPlan,
} from "@/lib/validation/rehab";
import {
  addExerciseAction,
  addGoalAction,
  addProgressNoteAction,
  markGoalAchievedAction,
  recordAdherenceAction,
  removeExerciseAction,
  saveFirstConversationAction,
  updateGoalAction,
  updateRehabPlanAction,
} from "../../actions";
import { useActionForm } from "@/components/forms/useActionForm";

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

export function PlanEditForm({
  plan,
}: {
  plan: {
    id: string;
    version: number;
    condition: string;
    bodyRegion: string;
    standardPackage: string | null;
    startOn: string;
    endOn: string;
  };
}) {
  const t = useTranslations();
  const f = useActionForm(ZUpdateRehabPlan, updateRehabPlanAction, false);
  return (
    <form ref={f.ref} onSubmit={f.onSubmit} noValidate className="mt-3 max-w-2xl">
      <FormMessage error={f.formError} success={f.success} />
      <input type="hidden" name="planId" value={plan.id} />
      <input type="hidden" name="version" value={plan.version} />
      <TextField
        id="plan-condition"
        name="condition"
        label={t("rehab.fields.condition")}
        defaultValue={plan.condition}
        errors={f.errors.condition}
        required
        maxLength={200}
      />
      <SelectField
        id="plan-bodyRegion"
        name="bodyRegion"
        label={t("rehab.fields.bodyRegion")}
        defaultValue={plan.bodyRegion}
        errors={f.errors.bodyRegion}
        options={BODY_REGIONS.map((r) => ({ value: r, label: t(`rehab.bodyRegion.${r}`) }))}
        required
      />
      <SelectField
        id="plan-standardPackage"
        name="standardPackage"
        label={t("rehab.fields.standardPackage")}
        defaultValue={plan.standardPackage ?? ""}
        errors={f.errors.standardPackage}
        placeholder={t("rehab.fields.noPackage")}
        options={STANDARD_PACKAGES.map((p) => ({ value: p, label: t(`rehab.package.${p}`) }))}
      />
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
        <TextField
          id="plan-startOn"
          name="startOn"
          type="date"
          label={t("rehab.fields.startOn")}
          defaultValue={plan.startOn}
          errors={f.errors.startOn}
          required
        />
        <TextField
          id="plan-endOn"
          name="endOn"
          type="date"
          label={t("rehab.fields.endOn")}
          hint={t("rehab.fields.endOnHint")}
          defaultValue={plan.endOn}
          errors={f.errors.endOn}
        />
      </div>
      <TextField
        id="plan-reason"
        name="reason"
        label={t("rehab.fields.reason")}
        hint={t("rehab.fields.reasonHint")}
        errors={f.errors.reason}
        maxLength={500}
      />
      <Button type="submit" disabled={f.pending}>
        {t("common.save")}
      </Button>
    </form>
  );
}

export function AddGoalForm({ planId }: { planId: string }) {
  const t = useTranslations();
  const f = useActionForm(ZAddGoal, addGoalAction);
  return (
    <form ref={f.ref} onSubmit={f.onSubmit} noValidate className="mt-4 max-w-2xl">
      <h3 className="mb-2 font-semibold text-slate-900">{t("rehab.goals.add")}</h3>
      <FormMessage error={f.formError} success={f.success} />
      <input type="hidden" name="planId" value={planId} />
      <TextField
        id="goal-new-text"
        name="text"
        label={t("rehab.goals.text")}
        hint={t("rehab.goals.textHint")}
        errors={f.errors.text}
        required
        maxLength={300}
      />
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
        <TextField
          id="goal-new-baseline"
          name="baseline"
          label={t("rehab.goals.baseline")}
          hint={t("rehab.goals.baselineHint")}
          errors={f.errors.baseline}
          required
          maxLength={300}
        />
        <TextField
          id="goal-new-target"
          name="target"
          label={t("rehab.goals.target")}
          hint={t("rehab.goals.targetHint")}
          errors={f.errors.target}
          required
          maxLength={300}
        />
      </div>
      <Button type="submit" disabled={f.pending}>
        {t("rehab.goals.add")}
      </Button>
    </form>
  );
}

export function EditGoalForm({
  planId,
  goal,
}: {
  planId: string;
  goal: { id: string; text: string; baseline: string; target: string; achievedOn: string };
}) {
  const t = useTranslations();
  const f = useActionForm(ZUpdateGoal, updateGoalAction, false);
  const p = `goal-${goal.id}`;
  return (
    <form ref={f.ref} onSubmit={f.onSubmit} noValidate className="mt-2">
      <FormMessage error={f.formError} success={f.success} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="goalId" value={goal.id} />
      <TextField
        id={`${p}-text`}
        name="text"
        label={t("rehab.goals.text")}
        defaultValue={goal.text}
        errors={f.errors.text}
        required
        maxLength={300}
      />
      <TextField
        id={`${p}-baseline`}
        name="baseline"
        label={t("rehab.goals.baseline")}
        defaultValue={goal.baseline}
        errors={f.errors.baseline}
        required
        maxLength={300}
      />
      <TextField
        id={`${p}-target`}
        name="target"
        label={t("rehab.goals.target")}
        defaultValue={goal.target}
        errors={f.errors.target}
        required
        maxLength={300}
      />
      <TextField
        id={`${p}-achievedOn`}
        name="achievedOn"
        type="date"
        label={t("rehab.goals.achievedOn")}
        defaultValue={goal.achievedOn}
        errors={f.errors.achievedOn}
      />
      <TextField
        id={`${p}-reason`}
        name="reason"
        label={t("rehab.fields.reason")}
        hint={t("rehab.fields.reasonHint")}
        errors={f.errors.reason}
        maxLength={500}
      />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("common.save")}
      </Button>
    </form>
  );
}

export function MarkAchievedForm({ planId, goalId, goalText, today }: { planId: string; goalId: string; goalText: string; today: string }) {
  const t = useTranslations();
  const f = useActionForm(ZMarkGoalAchieved, markGoalAchievedAction, false);
  return (
    <form ref={f.ref} onSubmit={f.onSubmit} noValidate aria-label={t("rehab.goals.markAchievedFor", { goal: goalText })}>
      <FormMessage error={f.formError} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="goalId" value={goalId} />
      <TextField
        id={`goal-${goalId}-achieve-date`}
        name="achievedOn"
        type="date"
        label={t("rehab.goals.achievedDate")}
        defaultValue={today}
        errors={f.errors.achievedOn}
        required
      />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("rehab.goals.markAchieved")}
        <span className="sr-only">: {goalText}</span>
      </Button>
    </form>
  );
}

export function FirstConversationForm({ planId, value }: { planId: string; value: FirstConversation }) {
  const t = useTranslations();
  const f = useActionForm(ZSaveFirstConversation, saveFirstConversationAction, false);
  return (
    <form ref={f.ref} onSubmit={f.onSubmit} noValidate className="max-w-3xl">
      <FormMessage error={f.formError} success={f.success} />
      <input type="hidden" name="planId" value={planId} />
      <TextField
        id="guide-heldOn"
        name="heldOn"
        type="date"
        label={t("rehab.guide.heldOn")}
        defaultValue={value.heldOn ?? ""}
        errors={f.errors.heldOn}
        className="max-w-xs"
      />
      {FIRST_CONVERSATION_QUESTIONS.map((q) => {
        const hint = t(`rehab.guide.hints.${q}`);
        return (
          <TextAreaField
            key={q}
            id={`guide-${q}`}
            name={q}
            label={t(`rehab.guide.questions.${q}`)}
            hint={hint}
            defaultValue={value.answers[q] ?? ""}
            errors={f.errors[q]}
            rows={3}
            maxLength={2000}
          />
        );
      })}
      <Button type="submit" disabled={f.pending}>
        {t("rehab.guide.save")}
      </Button>
    </form>
  );
}

export function AddExerciseForm({ planId, full, max }: { planId: string; full: boolean; max: number }) {
  const t = useTranslations();
  const f = useActionForm(ZAddExercise, addExerciseAction);
  return (
    <form ref={f.ref} onSubmit={f.onSubmit} noValidate className="mt-4 max-w-2xl">
      <h3 className="mb-2 font-semibold text-slate-900">{t("rehab.exercises.add")}</h3>
      <FormMessage error={f.formError} success={f.success} />
      {full ? <p className="mb-3 text-sm text-slate-700">{t("rehab.exercises.full", { max })}</p> : null}
      <input type="hidden" name="planId" value={planId} />
      <TextAreaField
        id="exercise-new-description"
        name="description"
        label={t("rehab.exercises.description")}
        hint={t("rehab.exercises.descriptionHint")}
        errors={f.errors.description}
        required
        rows={2}
        maxLength={500}
      />
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
        <TextField
          id="exercise-new-repetitions"
          name="repetitions"
          label={t("rehab.exercises.repetitions")}
          hint={t("rehab.exercises.repetitionsHint")}
          errors={f.errors.repetitions}
          required
          maxLength={100}
        />
        <TextField
          id="exercise-new-frequency"
          name="frequency"
          label={t("rehab.exercises.frequency")}
          hint={t("rehab.exercises.frequencyHint")}
          errors={f.errors.frequency}
          required
          maxLength={100}
        />
      </div>
      <Button type="submit" disabled={f.pending}>
        {t("rehab.exercises.add")}
      </Button>
    </form>
  );
}

export function RemoveExerciseForm({ planId, exerciseId, description }: { planId: string; exerciseId: string; description: string }) {
  const t = useTranslations();
  const f = useActionForm(ZRemoveExercise, removeExerciseAction, false);
  return (
    <form onSubmit={f.onSubmit} noValidate>
      <FormMessage error={f.formError} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="exerciseId" value={exerciseId} />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("rehab.exercises.remove")}
        <span className="sr-only">: {description}</span>
      </Button>
    </form>
  );
}

export function AdherenceForm({ planId, today }: { planId: string; today: string }) {
  const t = useTranslations();
  const f = useActionForm(ZRecordAdherence, recordAdherenceAction);
  return (
    <form ref={f.ref} onSubmit={f.onSubmit} noValidate className="max-w-2xl">
      <FormMessage error={f.formError} success={f.success} />
      <input type="hidden" name="planId" value={planId} />
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
        <TextField
          id="adherence-date"
          name="date"
          type="date"
          label={t("rehab.adherence.date")}
          defaultValue={today}
          max={today}
          errors={f.errors.date}
          required
        />
        <ChoiceGroup
          name="done"
          type="radio"
          legend={t("rehab.adherence.done")}
          defaultValue="DONE"
          errors={f.errors.done}
          options={(["DONE", "NOT_DONE"] as const).map((v) => ({ value: v, label: t(`rehab.adherence.doneOptions.${v}`) }))}
        />
      </div>
      <TextField id="adherence-note" name="note" label={t("rehab.adherence.note")} errors={f.errors.note} maxLength={500} />
      <Button type="submit" disabled={f.pending}>
        {t("rehab.adherence.record")}
      </Button>
    </form>
  );
}

export function ProgressNoteForm({ planId, today }: { planId: string; today: string }) {
  const t = useTranslations();
  const f = useActionForm(ZAddProgressNote, addProgressNoteAction);
  return (
    <form ref={f.ref} onSubmit={f.onSubmit} noValidate className="max-w-3xl">
      <FormMessage error={f.formError} success={f.success} />
      <input type="hidden" name="planId" value={planId} />
      <TextField
        id="note-writtenOn"
        name="writtenOn"
        type="date"
        label={t("rehab.notes.writtenOn")}
        defaultValue={today}
        max={today}
        errors={f.errors.writtenOn}
        required
        className="max-w-xs"
      />
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-3">
        <SelectField
          id="note-selfRatedHealth"
          name="selfRatedHealth"
          label={t("rehab.notes.selfRatedHealth")}
          hint={t("rehab.notes.selfRatedHealthHint")}
          errors={f.errors.selfRatedHealth}
          placeholder={t("rehab.notes.choose")}
          options={(["1", "2", "3", "4", "5"] as const).map((v) => ({ value: v, label: t(`rehab.notes.health.${v}`) }))}
          required
          defaultValue=""
        />
        <SelectField
          id="note-pain"
          name="pain"
          label={t("rehab.notes.pain")}
          hint={t("rehab.notes.painHint")}
          errors={f.errors.pain}
          placeholder={t("rehab.notes.choose")}
          options={range(0, 10).map((v) => ({ value: v, label: v }))}
          required
          defaultValue=""
        />
        <SelectField
          id="note-workAbility"
          name="workAbility"
          label={t("rehab.notes.workAbility")}
          hint={t("rehab.notes.workAbilityHint")}
          errors={f.errors.workAbility}
          placeholder={t("rehab.notes.choose")}
          options={range(0, 10).map((v) => ({ value: v, label: v }))}
          required
          defaultValue=""
        />
      </div>
      <TextAreaField id="note-text" name="text" label={t("rehab.notes.text")} errors={f.errors.text} required rows={4} maxLength={4000} />
      <Button type="submit" disabled={f.pending}>
        {t("rehab.notes.add")}
      </Button>
    </form>
  );
}
