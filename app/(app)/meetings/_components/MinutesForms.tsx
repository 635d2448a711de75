"use client";
// The minutes of one item (notes, decision, roundtable: what may be shared with the employer,
// limited to the consent's topics), its action items, and closing the minutes (issue 12) after a confirmation step.
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { ConfirmSubmit } from "@/components/ui/ConfirmSubmit";
import { TASK_PARTIES } from "@/lib/validation/choices";
import { addMeetingTaskAction, closeMinutesAction, recordItemMinutesAction } from "../actions";
import { lazySchema } from "@/components/forms/lazySchema";
import { HiddenFields } from "@/components/forms/HiddenFields";

// The forms' schemas load on demand (ADR 0030).
const ZAddMeetingTask = lazySchema(() => import("@/lib/validation/meetings").then((m) => m.ZAddMeetingTask), {
  assigneeText: 200,
  description: 1000,
});
const ZCloseMinutes = lazySchema(() => import("@/lib/validation/meetings").then((m) => m.ZCloseMinutes));
const ZRecordItemMinutes = lazySchema(() => import("@/lib/validation/meetings").then((m) => m.ZRecordItemMinutes), {
  notes: 5000,
  decision: 2000,
  employerShare: 200,
  reason: 1000,
});

export function MinutesForm(props: {
  itemId: string;
  version: number;
  notes: string | null;
  decision: string | null;
  employerShare: string[];
  /** Roundtable about a named citizen: the consent's topics; null when sharing does not apply. */
  employerTopics: string[] | null;
  closed: boolean;
}) {
  const t = useTranslations();
  const f = useActionForm(ZRecordItemMinutes, recordItemMinutesAction);
  const id = (n: string) => `item-${props.itemId}-${n}`;
  return (
    <Form form={f} className="max-w-2xl print:hidden">
      <FormMessage form={f} />
      <input type="hidden" name="itemId" value={props.itemId} />
      <HiddenFields values={{ version: props.version }} />
      <TextAreaField id={id("notes")} name="notes" rows={3} label={t("meetings.item.notes")} defaultValue={props.notes ?? ""} />
      <TextAreaField id={id("decision")} name="decision" rows={2} label={t("meetings.item.decision")} defaultValue={props.decision ?? ""} />
      {props.employerTopics === null ? null : props.employerTopics.length === 0 ? (
        <p className="mb-4 text-sm text-slate-700">{t("meetings.item.noEmployerConsent")}</p>
      ) : (
        <ChoiceGroup
          name="employerShare"
          legend={t("meetings.item.employerShare")}
          hint={t("meetings.item.employerShareHint")}
          options={props.employerTopics.map((x) => ({ value: x, label: x }))}
          defaultValue={props.employerShare}
        />
      )}
      {props.closed ? <TextField id={id("reason")} name="reason" label={t("meetings.item.reason")} required /> : null}
      <Button type="submit" disabled={f.pending}>
        {t("meetings.item.saveMinutes")}
      </Button>
    </Form>
  );
}

export function AddTaskForm({ itemId, staff }: { itemId: string; staff: { id: string; name: string }[] }) {
  const t = useTranslations();
  const f = useActionForm(ZAddMeetingTask, addMeetingTaskAction, { resetOnSuccess: true });
  const id = (n: string) => `task-${itemId}-${n}`;
  return (
    <Form form={f} className="mt-3 max-w-2xl print:hidden">
      <h4 className="mb-2 font-semibold text-slate-900">{t("meetings.task.add")}</h4>
      <FormMessage form={f} />
      <input type="hidden" name="itemId" value={itemId} />
      <TextField id={id("description")} name="description" label={t("meetings.task.description")} required />
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
        <SelectField
          id={id("party")}
          name="party"
          label={t("meetings.task.party")}
          options={TASK_PARTIES.map((p) => ({ value: p, label: t(`meetings.task.partyName.${p}`) }))}
          required
        />
        <SelectField
          id={id("assignee")}
          name="assigneeId"
          label={t("meetings.task.assigneeId")}
          placeholder=""
          options={staff.map((s) => ({ value: s.id, label: s.name }))}
        />
        <TextField id={id("assigneeText")} name="assigneeText" label={t("meetings.task.assigneeText")} />
        <TextField id={id("due")} name="dueOn" type="date" label={t("meetings.task.dueOn")} required />
      </div>
      <Button type="submit" disabled={f.pending}>
        {t("meetings.task.add")}
      </Button>
    </Form>
  );
}

export function CloseMinutesForm({ meetingId, version }: { meetingId: string; version: number }) {
  const t = useTranslations();
  const f = useActionForm(ZCloseMinutes, closeMinutesAction);
  return (
    <Form form={f} className="print:hidden">
      <FormMessage form={f} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <HiddenFields values={{ version: version }} />
      <p className="mb-2 max-w-2xl text-sm text-slate-700">{t("meetings.close.hint")}</p>
      {/* Closing cannot be undone: a confirmation step first (small8). */}
      <ConfirmSubmit
        id="close-minutes-step"
        label={t("meetings.close.submit")}
        consequence={t("confirm.minutesClose.consequence")}
        confirm={t("confirm.minutesClose.confirm")}
        pending={f.pending}
        done={!!f.success}
      />
    </Form>
  );
}
