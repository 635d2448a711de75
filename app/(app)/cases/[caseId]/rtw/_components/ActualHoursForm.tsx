"use client";
// A started week's actual hours and note, inline in the weeks table. The weeks are part of the plan:
// the form carries the plan's version (ADR 0012).
import { useEffect, useLayoutEffect, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { HiddenFields } from "@/components/forms/HiddenFields";
import { FormMessage } from "@/components/forms/FormMessage";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { recordActualHoursAction } from "../actions";
import { useNumberInput } from "./number-input";
import { lazySchema } from "@/components/forms/lazySchema";
import { actualHoursFormId, actualHoursPermalink } from "./actual-hours-form-id";
import { noteErrorSlotId } from "./ActualHoursNote";
import { useErrorText } from "@/components/forms/useErrorText";

// The forms' schemas load on demand (ADR 0030).
const ZRecordActualHours = lazySchema(() => import("@/lib/validation/rtw").then((m) => m.ZRecordActualHours), { note: 500 });

export function ActualHoursForm({
  caseId,
  planId,
  version,
  weekNumber,
  actualHours,
}: {
  caseId: string;
  planId: string;
  version: number;
  weekNumber: number;
  actualHours: number | null;
}) {
  const t = useTranslations();
  const errorText = useErrorText();
  const num = useNumberInput();
  // The permalink: a post without JavaScript also reaches the week's note input (ActualHoursNote).
  const f = useActionForm(ZRecordActualHours, recordActualHoursAction, { permalink: actualHoursPermalink(caseId, weekNumber) });
  const hoursErr = (f.errors.actualHours ?? []).map((e) => errorText(e)).join(" ");
  const noteErr = (f.errors.note ?? []).map((e) => errorText(e)).join(" ");
  const p = actualHoursFormId(weekNumber);
  // The note's error stands next to the note, in the Note column (fix9 item 2): drawn into the note's
  // slot in the browser. Without JavaScript ActualHoursNote shows the posted error itself.
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  useEffect(() => setSlot(document.getElementById(noteErrorSlotId(weekNumber))), [weekNumber]);
  // The note input is drawn by the weeks table (ActualHoursNote): it is marked invalid and described
  // by its error here after a submission in the browser (fix8 item 2). A layout effect, so that it is
  // marked before the form hook's effect looks for the first invalid field to focus.
  useLayoutEffect(() => {
    const note = document.getElementById(`${p}-note`);
    if (!note || !noteErr || !slot) return;
    note.setAttribute("aria-invalid", "true");
    note.setAttribute("aria-describedby", `${p}-note-error`);
    return () => {
      note.removeAttribute("aria-invalid");
      note.removeAttribute("aria-describedby");
    };
  }, [noteErr, p, slot]);
  // The week's note input is drawn by the weeks table in its Note column, joined to this form by id.
  return (
    <Form form={f} id={p} className="flex min-w-[12rem] flex-wrap items-start gap-2">
      <HiddenFields values={{ caseId, planId, version, weekNumber }} />
      <label htmlFor={`${p}-hours`} className="sr-only">
        {t("rtw.weeks.recordFor", { number: weekNumber })}
      </label>
      <input
        id={`${p}-hours`}
        name="actualHours"
        inputMode="decimal"
        defaultValue={typeof f.values?.actualHours === "string" ? f.values.actualHours : num(actualHours)}
        aria-invalid={hoursErr ? true : undefined}
        aria-describedby={hoursErr ? `${p}-hours-error` : undefined}
        className="w-20 rounded-md border border-slate-400 px-2 py-1"
      />
      <Button type="submit" variant="secondary" className="px-3 py-1" disabled={f.pending}>
        {t("rtw.weeks.record")}
        <span className="sr-only">: {t("rtw.weeks.weekLabel", { number: weekNumber })}</span>
      </Button>
      {hoursErr ? (
        <p id={`${p}-error`} className="w-full text-sm font-medium text-red-700">
          <span id={`${p}-hours-error`}>{hoursErr}</span>
        </p>
      ) : null}
      {noteErr && slot
        ? createPortal(
            <p id={`${p}-note-error`} className="mt-1 text-sm font-medium text-red-700">
              {noteErr}
            </p>,
            slot,
          )
        : null}
      {f.formError && f.formError !== "errors.formInvalid" ? (
        <div className="w-full">
          <FormMessage form={f} />
        </div>
      ) : null}
      {f.success ? (
        // data-form-message: the form hook moves the focus here after the save (the pressed button is
        // disabled while it is sent, and the focus would fall to the top of the page; fix16 item 1).
        <p role="status" tabIndex={-1} data-form-message className="w-full text-sm text-green-800">
          {t(f.success as never)}
        </p>
      ) : null}
    </Form>
  );
}
