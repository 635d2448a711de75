"use client";
// Create a meeting, or a weekly series of case conferences in one step (issue 12).
import { useEffect, useState } from "react";
import Link from "next/link";
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { MEETING_KINDS } from "@/lib/validation/choices";
import { createMeetingAction } from "../actions";
import type { CreatedMeetings } from "@/lib/domain/meetings/create-meeting";
import { lazySchema } from "@/components/forms/lazySchema";

// The forms' schemas load on demand (ADR 0030).
const ZCreateMeeting = lazySchema(() => import("@/lib/validation/meetings").then((m) => m.ZCreateMeeting), {
  title: 200,
  place: 500,
  externalParticipants: 2000,
});

export function CreateMeetingForm({ staff }: { staff: { id: string; name: string }[] }) {
  const t = useTranslations();
  const f = useActionForm(ZCreateMeeting, createMeetingAction, { resetOnSuccess: true });
  // Only a weekly case conference can be a series: the number of weeks is asked for that kind only (walk6).
  // After a refused post without JavaScript, the kind that was sent (ADR 0033).
  const [kind, setKind] = useState<string>(() => {
    const sent = f.values?.kind;
    return typeof sent === "string" && (MEETING_KINDS as readonly string[]).includes(sent) ? sent : MEETING_KINDS[0];
  });
  // A successful create resets the form (resetOnSuccess, the browser's form.reset()), which shows the
  // select's default option but leaves this state as it was: the kind goes back to the first one in
  // both, so the weeks field follows what the select shows (fix8 item 3). A refused post keeps the
  // kind that was sent.
  const ok = f.result?.ok ?? false;
  useEffect(() => {
    if (!ok) return;
    setKind(MEETING_KINDS[0]);
    const select = f.ref.current?.elements.namedItem("kind");
    if (select instanceof HTMLSelectElement) select.value = MEETING_KINDS[0];
  }, [ok, f.result, f.ref]);
  const created = f.result?.ok ? (f.result.data as CreatedMeetings | undefined) : undefined;
  return (
    <Form form={f} idPrefix="meeting" className="max-w-2xl">
      <FormMessage form={f} />
      {f.success && created?.ids.length ? (
        <p className="mb-4 text-sm">
          <Link prefetch={false} href={`/meetings/${created.ids[0]}`} className="font-semibold text-brand-700 underline">
            {t("meetings.create.openCreated", { count: created.ids.length })}
          </Link>
        </p>
      ) : null}
      <SelectField
        name="kind"
        label={t("meetings.create.kind")}
        options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meetings.kind.${k}`) }))}
        value={kind}
        onChange={(e) => setKind(e.currentTarget.value)}
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
      </div>
      {/* One required field for a place or a video link (an https link alone is stored as the video link). */}
      <TextField name="place" label={t("meetings.create.place")} hint={t("meetings.create.placeHint")} required />
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
      {kind === "WEEKLY_CASE_CONFERENCE" ? (
        <TextField
          name="weeks"
          inputMode="numeric"
          defaultValue="1"
          label={t("meetings.create.weeks")}
          hint={t("meetings.create.weeksHint")}
          required
        />
      ) : (
        <input type="hidden" name="weeks" value="1" />
      )}
      <Button type="submit" disabled={f.pending}>
        {t("meetings.create.submit")}
      </Button>
    </Form>
  );
}
