"use client";
// A started week's note, in the weeks table's Note column (walk6), joined to the week's actual-hours
// form (in the Actual hours column) by its `form` attribute. A light component, not a lazy form: it
// holds only the input and its error. A post without JavaScript (or before the forms' code came) that
// is refused comes back with the note as typed, marked invalid and described by its own error here
// (fix9 item 2, ADR 0033): the post's result reaches this component through the form's permalink
// (React's useActionState gives a posted result to each hook of the same action and permalink).
// With JavaScript, the drawn form (ActualHoursForm) marks the note and puts its error into the slot
// below; a result posted earlier is then no longer shown.
import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "use-intl";
import { initialActionState } from "@/lib/validation/form";
import { recordActualHoursAction } from "../actions";
import { ACTUAL_HOURS_NOTE_MAX, actualHoursFormId, actualHoursPermalink } from "./actual-hours-form-id";
import { useErrorText } from "@/components/forms/useErrorText";

/** The slot (in the Note column) where the drawn form shows the note's error. */
export const noteErrorSlotId = (weekNumber: number) => `${actualHoursFormId(weekNumber)}-note-slot`;

export function ActualHoursNote({ caseId, weekNumber, note }: { caseId: string; weekNumber: number; note: string | null }) {
  const t = useTranslations();
  const errorText = useErrorText();
  const p = actualHoursFormId(weekNumber);
  const [posted] = useActionState(recordActualHoursAction, initialActionState, actualHoursPermalink(caseId, weekNumber));
  // A later submission of the week's form (with JavaScript) answers for itself.
  const [superseded, setSuperseded] = useState(false);
  useEffect(() => {
    const onSubmit = (e: Event) => {
      if (e.target instanceof HTMLFormElement && e.target.id === p) setSuperseded(true);
    };
    document.addEventListener("submit", onSubmit, true);
    return () => document.removeEventListener("submit", onSubmit, true);
  }, [p]);
  const refused = !posted.ok && !superseded ? posted : undefined;
  const sent = refused?.values?.note;
  const err = (refused?.fieldErrors?.note ?? []).map((e) => errorText(e)).join(" ");
  return (
    <>
      <label htmlFor={`${p}-note`} className="sr-only">
        {t("rtw.weeks.noteFor", { number: weekNumber })}
      </label>
      <input
        id={`${p}-note`}
        form={p}
        name="note"
        defaultValue={typeof sent === "string" ? sent : (note ?? "")}
        maxLength={ACTUAL_HOURS_NOTE_MAX}
        aria-invalid={err ? true : undefined}
        aria-describedby={err ? `${p}-note-error` : undefined}
        className="w-40 rounded-md border border-slate-400 px-2 py-1"
      />
      {err ? (
        <p id={`${p}-note-error`} className="mt-1 text-sm font-medium text-red-700">
          {err}
        </p>
      ) : null}
      <div id={noteErrorSlotId(weekNumber)} />
    </>
  );
}
