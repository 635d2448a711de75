"use client";
// Create a meeting, or a weekly series of case conferences in one step (issue 12).
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { MEETING_KINDS } from "@/lib/validation/choices";
import { createMeetingAction } from "../actions";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZCreateMeeting = lazySchema(() => import("@/lib/validation/meetings").then((m) => m.ZCreateMeeting), {
  title: 200,
  place: 200,
  externalParticipants: 2000,
});

export function CreateMeetingForm({ staff }: { staff: { id: string; name: string }[] }) {
  const t = useTranslations();
  const f = useActionForm(ZCreateMeeting, createMeetingAction, { resetOnSuccess: true });
  return (
    <Form form={f} idPrefix="meeting" className="max-w-2xl">
      <FormMessage form={f} />
      <SelectField
        name="kind"
        label={t("meetings.create.kind")}
        options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meetings.kind.${k}`) }))}
        required
      />
      <TextField name="title" label={t("meetings.create.title")} required />
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
        <TextField id="meeting-starts" name="startsAt" type="datetime-local" label={t("meetings.create.startsAt")} required />
        <TextField
          id="meeting-duration"
          name="durationMinutes"
          inputMode="numeric"
          defaultValue="60"
          label={t("meetings.create.durationMinutes")}
          required
        />
        <TextField name="place" label={t("meetings.create.place")} />
        <TextField id="meeting-video" name="videoLink" type="url" label={t("meetings.create.videoLink")} />
      </div>
      <ChoiceGroup
        name="participantIds"
        legend={t("meetings.create.participantIds")}
        options={staff.map((s) => ({ value: s.id, label: s.name }))}
      />
      <TextAreaField
        id="meeting-external"
        name="externalParticipants"
        rows={3}
        label={t("meetings.create.externalParticipants")}
        hint={t("meetings.create.externalHint")}
      />
      <TextField
        name="weeks"
        inputMode="numeric"
        defaultValue="1"
        label={t("meetings.create.weeks")}
        hint={t("meetings.create.weeksHint")}
        required
      />
      <Button type="submit" disabled={f.pending}>
        {t("meetings.create.submit")}
      </Button>
    </Form>
  );
}
