"use client";
// Forms of the return-to-work tab. Every control has a unique id (several forms share field names).
import { useRef, useState } from "react";
import { useLocale, useTranslations } from "use-intl";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/FormMessage";
import { Button, buttonClass } from "@/components/ui/Button";
import { MAX_WEEKS, RTW_STATUSES, canChangeStatus, type RtwStatus } from "@/lib/rtw/plan";
import {
  ZCreateRtwPlan,
  ZDecideAid,
  ZDecideRtwProposal,
  ZProposeRtw,
  ZRecordActualHours,
  ZRequestAid,
  ZSaveRtwSchedule,
  ZUpdateRtwPlan,
} from "@/lib/validation/rtw";
import { useActionForm } from "@/components/forms/useActionForm";
import {
  createRtwPlanAction,
  decideAidAction,
  decideRtwProposalAction,
  proposeRtwAction,
  recordActualHoursAction,
  requestAidAction,
  saveRtwScheduleAction,
  updateRtwPlanAction,
} from "../actions";

function useNumberInput() {
  const locale = useLocale();
  return (n: number | null | undefined) => (n === null || n === undefined ? "" : locale === "da" ? String(n).replace(".", ",") : String(n));
}

export function CreatePlanForm({ caseId, today, employerSuggestion }: { caseId: string; today: string; employerSuggestion: string }) {
  const t = useTranslations();
  const f = useActionForm(ZCreateRtwPlan, createRtwPlanAction);
  return (
    <form ref={f.ref} onSubmit={f.onSubmit} noValidate className="max-w-3xl">
      <h3 className="mb-1 font-semibold text-slate-900">{t("rtw.create.heading")}</h3>
      <p className="mb-3 text-sm text-slate-700">{t("rtw.create.intro")}</p>
      <FormMessage error={f.formError} success={f.success} />
      <input type="hidden" name="caseId" value={caseId} />
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
        <TextField
          id="rtw-new-startOn"
          name="startOn"
          type="date"
          label={t("rtw.create.startOn")}
          defaultValue={today}
          errors={f.errors.startOn}
          required
        />
        <TextField
          id="rtw-new-employerContact"
          name="employerContact"
          label={t("rtw.create.employerContact")}
          hint={t("rtw.create.employerContactHint")}
          defaultValue={employerSuggestion}
          errors={f.errors.employerContact}
          required
          maxLength={300}
        />
        <TextField
          id="rtw-new-startHours"
          name="startHours"
          label={t("rtw.create.startHours")}
          hint={t("rtw.create.hoursHint")}
          defaultValue="6"
          inputMode="decimal"
          errors={f.errors.startHours}
          required
        />
        <TextField
          id="rtw-new-targetHours"
          name="targetHours"
          label={t("rtw.create.targetHours")}
          hint={t("rtw.create.hoursHint")}
          defaultValue="37"
          inputMode="decimal"
          errors={f.errors.targetHours}
          required
        />
        <TextField
          id="rtw-new-startDays"
          name="startDays"
          label={t("rtw.create.startDays")}
          defaultValue="3"
          inputMode="numeric"
          errors={f.errors.startDays}
          required
        />
        <TextField
          id="rtw-new-targetDays"
          name="targetDays"
          label={t("rtw.create.targetDays")}
          defaultValue="5"
          inputMode="numeric"
          errors={f.errors.targetDays}
          required
        />
        <TextField
          id="rtw-new-weeks"
          name="weeks"
          label={t("rtw.create.weeks")}
          defaultValue="6"
          inputMode="numeric"
          errors={f.errors.weeks}
          required
        />
      </div>
      <TextAreaField id="rtw-new-note" name="note" label={t("rtw.create.note")} errors={f.errors.note} rows={3} maxLength={2000} />
      <Button type="submit" disabled={f.pending}>
        {t("rtw.create.submit")}
      </Button>
    </form>
  );
}

export function EditPlanForm({
  caseId,
  plan,
}: {
  caseId: string;
  plan: { id: string; version: number; status: RtwStatus; startOn: string; employerContact: string; note: string | null };
}) {
  const t = useTranslations();
  const f = useActionForm(ZUpdateRtwPlan, updateRtwPlanAction, false);
  const statuses = RTW_STATUSES.filter((s) => {
    return canChangeStatus(plan.status, s);
  });
  return (
    <form ref={f.ref} onSubmit={f.onSubmit} noValidate className="max-w-3xl">
      <FormMessage error={f.formError} success={f.success} />
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="planId" value={plan.id} />
      <input type="hidden" name="version" value={plan.version} />
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
        <SelectField
          id="rtw-edit-status"
          name="status"
          label={t("rtw.plan.status")}
          defaultValue={plan.status}
          errors={f.errors.status}
          options={statuses.map((s) => ({ value: s, label: t(`rtw.status.${s}`) }))}
          required
        />
        <TextField
          id="rtw-edit-startOn"
          name="startOn"
          type="date"
          label={t("rtw.plan.startOn")}
          defaultValue={plan.startOn}
          errors={f.errors.startOn}
          required
        />
      </div>
      <TextField
        id="rtw-edit-employerContact"
        name="employerContact"
        label={t("rtw.plan.employerContact")}
        defaultValue={plan.employerContact}
        errors={f.errors.employerContact}
        required
        maxLength={300}
      />
      <TextAreaField
        id="rtw-edit-note"
        name="note"
        label={t("rtw.plan.note")}
        defaultValue={plan.note ?? ""}
        errors={f.errors.note}
        rows={3}
        maxLength={2000}
      />
      <TextField
        id="rtw-edit-reason"
        name="reason"
        label={t("rtw.plan.reason")}
        hint={t("rtw.plan.reasonHint")}
        errors={f.errors.reason}
        maxLength={500}
      />
      <Button type="submit" disabled={f.pending}>
        {t("rtw.plan.save")}
      </Button>
    </form>
  );
}

export function ActualHoursForm({
  caseId,
  planId,
  weekNumber,
  actualHours,
  note,
}: {
  caseId: string;
  planId: string;
  weekNumber: number;
  actualHours: number | null;
  note: string | null;
}) {
  const t = useTranslations();
  const num = useNumberInput();
  const f = useActionForm(ZRecordActualHours, recordActualHoursAction, false);
  const err = [...(f.errors.actualHours ?? []), ...(f.errors.note ?? [])].map((e) => t(e as never)).join(" ");
  const p = `rtw-week-${weekNumber}`;
  return (
    <form onSubmit={f.onSubmit} noValidate className="flex flex-wrap items-start gap-2">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="weekNumber" value={weekNumber} />
      <label htmlFor={`${p}-hours`} className="sr-only">
        {t("rtw.weeks.recordFor", { number: weekNumber })}
      </label>
      <input
        id={`${p}-hours`}
        name="actualHours"
        inputMode="decimal"
        defaultValue={num(actualHours)}
        aria-invalid={err ? true : undefined}
        aria-describedby={err || f.formError ? `${p}-error` : undefined}
        className="w-20 rounded-md border border-slate-400 px-2 py-1"
      />
      <label htmlFor={`${p}-note`} className="sr-only">
        {t("rtw.weeks.noteFor", { number: weekNumber })}
      </label>
      <input
        id={`${p}-note`}
        name="note"
        defaultValue={note ?? ""}
        maxLength={500}
        className="w-40 rounded-md border border-slate-400 px-2 py-1"
      />
      <Button type="submit" variant="secondary" className="px-3 py-1" disabled={f.pending}>
        {t("rtw.weeks.record")}
        <span className="sr-only">: {t("rtw.weeks.weekLabel", { number: weekNumber })}</span>
      </Button>
      {err || f.formError ? (
        <p id={`${p}-error`} className="w-full text-sm font-medium text-red-700">
          {err || t(f.formError as never)}
        </p>
      ) : null}
      {f.success ? (
        <p role="status" className="w-full text-sm text-green-800">
          {t(f.success as never)}
        </p>
      ) : null}
    </form>
  );
}

type Row = { key: string; plannedHours: string; plannedDays: string; pattern: string };

/** The caseworker's schedule editor ("edit") or the therapist's proposal ("propose"). */
export function ScheduleEditor({
  mode,
  caseId,
  planId,
  version,
  weeks,
}: {
  mode: "edit" | "propose";
  caseId: string;
  planId: string;
  version: number;
  weeks: { weekNumber: number; plannedHours: number; plannedDays: number; pattern: string | null }[];
}) {
  const t = useTranslations();
  const num = useNumberInput();
  const f = useActionForm(
    mode === "edit" ? ZSaveRtwSchedule : ZProposeRtw,
    mode === "edit" ? saveRtwScheduleAction : proposeRtwAction,
    mode === "propose",
  );
  const counter = useRef(0);
  const addButton = useRef<HTMLButtonElement>(null);
  const [rows, setRows] = useState<Row[]>(
    weeks.map((w) => ({
      key: `w${w.weekNumber}`,
      plannedHours: num(w.plannedHours),
      plannedDays: String(w.plannedDays),
      pattern: w.pattern ?? "",
    })),
  );
  const p = `sched-${mode}`;
  function addRow() {
    counter.current += 1;
    const last = rows[rows.length - 1];
    setRows((rs) => [
      ...rs,
      { key: `n${counter.current}`, plannedHours: last?.plannedHours ?? "", plannedDays: last?.plannedDays ?? "", pattern: "" },
    ]);
  }
  function removeRow(key: string) {
    setRows((rs) => rs.filter((r) => r.key !== key));
    addButton.current?.focus();
  }
  return (
    <form ref={f.ref} onSubmit={f.onSubmit} noValidate className="max-w-4xl">
      <FormMessage error={f.formError} success={f.success} />
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="planId" value={planId} />
      {mode === "edit" ? <input type="hidden" name="version" value={version} /> : null}
      <ol className="space-y-2">
        {rows.map((r, i) => (
          <li key={r.key}>
            <fieldset className="rounded-md border border-slate-200 p-3">
              <legend className="px-1 text-sm font-semibold text-slate-800">{t("rtw.schedule.rowLegend", { number: i + 1 })}</legend>
              <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-[8rem_6rem_1fr_auto] sm:items-end">
                <TextField
                  id={`${p}-${r.key}-hours`}
                  name="plannedHours[]"
                  label={t("rtw.weeks.plannedHours")}
                  defaultValue={r.plannedHours}
                  inputMode="decimal"
                  errors={f.errors[`plannedHours.${i}`]}
                  required
                />
                <TextField
                  id={`${p}-${r.key}-days`}
                  name="plannedDays[]"
                  label={t("rtw.weeks.plannedDays")}
                  defaultValue={r.plannedDays}
                  inputMode="numeric"
                  errors={f.errors[`plannedDays.${i}`]}
                  required
                />
                <TextField
                  id={`${p}-${r.key}-pattern`}
                  name="pattern[]"
                  label={t("rtw.weeks.pattern")}
                  defaultValue={r.pattern}
                  errors={f.errors[`pattern.${i}`]}
                  maxLength={200}
                  placeholder={t("rtw.weeks.patternHint")}
                />
                <div className="mb-4">
                  <Button variant="secondary" onClick={() => removeRow(r.key)} disabled={rows.length <= 1}>
                    {t("rtw.schedule.removeWeek", { number: i + 1 })}
                  </Button>
                </div>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {f.errors.plannedHours || f.errors.plannedDays ? (
        <p className="mt-2 text-sm font-medium text-red-700">
          {[...(f.errors.plannedHours ?? []), ...(f.errors.plannedDays ?? [])].map((e) => t(e as never)).join(" ")}
        </p>
      ) : null}
      <div className="my-3">
        <button ref={addButton} type="button" className={buttonClass("secondary")} onClick={addRow} disabled={rows.length >= MAX_WEEKS}>
          {t("rtw.schedule.addWeek")}
        </button>
      </div>
      {mode === "edit" ? (
        <TextField
          id={`${p}-reason`}
          name="reason"
          label={t("rtw.plan.reason")}
          hint={t("rtw.plan.reasonHint")}
          errors={f.errors.reason}
          maxLength={500}
        />
      ) : (
        <TextAreaField
          id={`${p}-note`}
          name="note"
          label={t("rtw.proposals.note")}
          errors={f.errors.note}
          required
          rows={3}
          maxLength={2000}
        />
      )}
      <Button type="submit" disabled={f.pending}>
        {mode === "edit" ? t("rtw.schedule.save") : t("rtw.proposals.submit")}
      </Button>
    </form>
  );
}

export function ProposalDecision({ caseId, planId, proposalId }: { caseId: string; planId: string; proposalId: string }) {
  const t = useTranslations();
  const accept = useActionForm(ZDecideRtwProposal, decideRtwProposalAction, false);
  const decline = useActionForm(ZDecideRtwProposal, decideRtwProposalAction, false);
  const hidden = (
    <>
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="proposalId" value={proposalId} />
    </>
  );
  return (
    <div className="mt-3 flex flex-wrap items-start gap-4">
      <form onSubmit={accept.onSubmit} noValidate>
        <FormMessage error={accept.formError} />
        {hidden}
        <input type="hidden" name="decision" value="ACCEPT" />
        <Button type="submit" disabled={accept.pending}>
          {t("rtw.proposals.accept")}
        </Button>
      </form>
      <details>
        <summary className="cursor-pointer rounded-md border border-slate-400 px-4 py-2 text-sm font-semibold text-slate-900">
          {t("rtw.proposals.decline")}
        </summary>
        <form onSubmit={decline.onSubmit} noValidate className="mt-2 max-w-md">
          <FormMessage error={decline.formError} />
          {hidden}
          <input type="hidden" name="decision" value="DECLINE" />
          <TextAreaField
            id={`decline-${proposalId}`}
            name="reason"
            label={t("rtw.proposals.declineReasonLabel")}
            errors={decline.errors.reason}
            required
            rows={2}
            maxLength={1000}
          />
          <Button type="submit" variant="danger" disabled={decline.pending}>
            {t("rtw.proposals.decline")}
          </Button>
        </form>
      </details>
    </div>
  );
}

export function RequestAidForm({ caseId }: { caseId: string }) {
  const t = useTranslations();
  const f = useActionForm(ZRequestAid, requestAidAction);
  return (
    <form ref={f.ref} onSubmit={f.onSubmit} noValidate className="mt-4 max-w-2xl">
      <h3 className="mb-2 font-semibold text-slate-900">{t("rtw.aids.request")}</h3>
      <FormMessage error={f.formError} success={f.success} />
      <input type="hidden" name="caseId" value={caseId} />
      <TextField
        id="aid-new-item"
        name="item"
        label={t("rtw.aids.item")}
        hint={t("rtw.aids.itemHint")}
        errors={f.errors.item}
        required
        maxLength={200}
      />
      <TextField
        id="aid-new-amount"
        name="amountDkk"
        label={t("rtw.aids.amount")}
        hint={t("rtw.aids.amountHint")}
        errors={f.errors.amountDkk}
        inputMode="numeric"
        required
        className="max-w-xs"
      />
      <Button type="submit" disabled={f.pending}>
        {t("rtw.aids.requestSubmit")}
      </Button>
    </form>
  );
}

/** Approve (within the mandate) or reject with a reason; used by the caseworker on the case. */
export function AidDecision({ caseId, aidId, item, canApprove }: { caseId: string; aidId: string; item: string; canApprove: boolean }) {
  const t = useTranslations();
  const approve = useActionForm(ZDecideAid, decideAidAction, false);
  const reject = useActionForm(ZDecideAid, decideAidAction, false);
  return (
    <div className="flex flex-wrap items-start gap-2">
      {canApprove ? (
        <form onSubmit={approve.onSubmit} noValidate>
          <FormMessage error={approve.formError} />
          <input type="hidden" name="caseId" value={caseId} />
          <input type="hidden" name="aidId" value={aidId} />
          <input type="hidden" name="decision" value="APPROVE" />
          <Button type="submit" className="px-3 py-1" disabled={approve.pending}>
            {t("rtw.aids.approve")}
            <span className="sr-only">: {item}</span>
          </Button>
        </form>
      ) : null}
      <details>
        <summary className="cursor-pointer rounded-md border border-slate-400 px-3 py-1 text-sm font-semibold text-slate-900">
          {t("rtw.aids.reject")}
          <span className="sr-only">: {item}</span>
        </summary>
        <form onSubmit={reject.onSubmit} noValidate className="mt-2 min-w-64">
          <FormMessage error={reject.formError} />
          <input type="hidden" name="caseId" value={caseId} />
          <input type="hidden" name="aidId" value={aidId} />
          <input type="hidden" name="decision" value="REJECT" />
          <TextAreaField
            id={`aid-${aidId}-reason`}
            name="reason"
            label={t("rtw.aids.rejectReason")}
            errors={reject.errors.reason}
            required
            rows={2}
            maxLength={1000}
          />
          <Button type="submit" variant="danger" disabled={reject.pending}>
            {t("rtw.aids.reject")}
          </Button>
        </form>
      </details>
    </div>
  );
}
