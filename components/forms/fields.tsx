"use client";
// Accessible form fields: label, hint and error are tied to the control with aria attributes,
// and the error (a translation key from the shared zod schema) is shown next to the field. Inside
// a <Form> a field finds its errors by its name (an `errors` prop overrides them) and its id is
// "<the form's idPrefix>-<name>" (an `id` prop overrides it; ADR 0022). Text
// fields take their maximum length from the surrounding form's schema (components/forms/Form.tsx)
// and show a counter near it (issue 8 item 13). After a refused submission a field shows what was
// sent in place of its `defaultValue` (the form's `values`; ADR 0033): a post without JavaScript comes
// back with the user's text. Controlled fields (`value`) and password fields keep their own.
import type { FormEvent, FormEventHandler, InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useFieldErrors, useFieldId, usePostedValue, useTextLimit } from "./Form";
import { LengthCounter, useLengthCounter } from "./LengthCounter";
import { useErrorText } from "@/components/forms/useErrorText";

type Common = { name: string; label: ReactNode; hint?: ReactNode; errors?: string[]; id?: string };

function useField({ name, id, hint, errors }: Common, extraDescribedBy?: string) {
  const errorText = useErrorText();
  const fieldId = useFieldId(name, id);
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = errors?.length ? `${fieldId}-error` : undefined;
  const describedBy = [hintId, errorId, extraDescribedBy].filter(Boolean).join(" ") || undefined;
  const message = errors?.length ? errors.map((e) => (e.includes(".") ? errorText(e) : e)).join(" ") : undefined;
  return { fieldId, hintId, errorId, describedBy, message };
}

/** Input types whose value is never taken from a post: secrets, and controls that carry their own value. */
const OWN_VALUE_TYPES = new Set(["password", "checkbox", "radio", "file", "submit", "button", "reset", "image", "hidden"]);

/**
 * The default value of a field: what the latest refused submission sent for it (one value for a single
 * control, the list for a multiple select), else the call site's `defaultValue`. A controlled field
 * (`value` given) and a password keep their own.
 */
function usePostedDefault<D>(
  name: string,
  rest: { defaultValue?: D; value?: unknown; type?: string; multiple?: boolean },
): D | string | string[] | undefined {
  const { value } = usePostedValue(name);
  if (rest.value !== undefined || OWN_VALUE_TYPES.has(rest.type ?? "") || value === undefined) return rest.defaultValue;
  if (rest.multiple) return Array.isArray(value) ? value : [value];
  // Several inputs of one name ("x[]"): which one sent which value is not known, so each keeps its own.
  return Array.isArray(value) ? rest.defaultValue : value;
}

/** Text types whose value is free text (a counter makes sense); dates, numbers etc. have no length limit. */
const TEXT_TYPES = new Set(["text", "search", "email", "tel", "url", undefined]);

function Wrapper({
  label,
  hint,
  fieldId,
  hintId,
  errorId,
  message,
  children,
  required,
  after,
}: {
  label: ReactNode;
  hint?: ReactNode;
  fieldId: string;
  hintId?: string;
  errorId?: string;
  message?: string;
  children: ReactNode;
  required?: boolean;
  /** Shown under the control, before the error (the length counter). */
  after?: ReactNode;
}) {
  return (
    <div className="mb-4">
      <label htmlFor={fieldId} className="mb-1 block text-sm font-semibold text-slate-800">
        {label}
        {required ? (
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="mb-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children}
      {after}
      {message ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {message}
        </p>
      ) : null}
    </div>
  );
}

const control = "block w-full rounded-md border px-3 py-2 text-slate-900 shadow-sm focus:border-brand-600 bg-white";
const border = (invalid: boolean) => (invalid ? "border-red-600" : "border-slate-400");

/** The schema's limit, the length counter and the aria wiring of a text control (input or textarea). */
function useTextControl<E extends HTMLInputElement | HTMLTextAreaElement>(
  c: Common,
  rest: { maxLength?: number; defaultValue?: unknown; value?: unknown; onInput?: FormEventHandler<E> },
  limited: boolean,
) {
  const schemaMax = useTextLimit(c.name);
  const maxLength = rest.maxLength ?? (limited ? schemaMax : undefined);
  const counter = useLengthCounter(useFieldId(c.name, c.id), maxLength, rest.defaultValue ?? rest.value);
  const f = useField(c, counter.describedBy);
  const props = {
    id: f.fieldId,
    name: c.name,
    "aria-describedby": f.describedBy,
    "aria-invalid": c.errors?.length ? true : undefined,
    maxLength,
    ref: counter.ref,
    onInput: (e: FormEvent<E>) => {
      counter.onInput(e);
      rest.onInput?.(e);
    },
  };
  return { f, counter, props };
}

export function TextField({
  name,
  label,
  hint,
  errors: own,
  id,
  className = "",
  ...given
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  const errors = useFieldErrors(name, own);
  const rest = { ...given, defaultValue: usePostedDefault(name, given) };
  const c = useTextControl<HTMLInputElement>({ name, label, hint, errors, id }, rest, TEXT_TYPES.has(rest.type));
  return (
    <Wrapper label={label} hint={hint} {...c.f} required={rest.required} after={<LengthCounter counter={c.counter} />}>
      <input {...rest} {...c.props} className={`${control} ${border(!!errors?.length)} ${className}`} />
    </Wrapper>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  errors: own,
  id,
  rows = 4,
  ...given
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const errors = useFieldErrors(name, own);
  const rest = { ...given, defaultValue: usePostedDefault(name, given) };
  const c = useTextControl<HTMLTextAreaElement>({ name, label, hint, errors, id }, rest, true);
  return (
    <Wrapper label={label} hint={hint} {...c.f} required={rest.required} after={<LengthCounter counter={c.counter} />}>
      <textarea rows={rows} {...rest} {...c.props} className={`${control} ${border(!!errors?.length)}`} />
    </Wrapper>
  );
}

export function SelectField({
  name,
  label,
  hint,
  errors: own,
  id,
  options,
  placeholder,
  ...given
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[]; placeholder?: string }) {
  const errors = useFieldErrors(name, own);
  const rest = { ...given, defaultValue: usePostedDefault(name, given) };
  const f = useField({ name, label, hint, errors, id });
  return (
    <Wrapper label={label} hint={hint} {...f} required={rest.required}>
      <select
        id={f.fieldId}
        name={name}
        aria-describedby={f.describedBy}
        aria-invalid={errors?.length ? true : undefined}
        className={`${control} ${border(!!errors?.length)}`}
        {...rest}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}

/** A group of checkboxes or radios with a fieldset/legend; the error sits under the group. */
export function ChoiceGroup({
  name,
  legend,
  hint,
  errors: own,
  options,
  type = "checkbox",
  defaultValue,
  required,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  options: { value: string; label: string }[];
  type?: "checkbox" | "radio";
  defaultValue?: string[] | string;
  /** A choice must be made (radios: one; checkboxes: at least one): the legend gets the asterisk. */
  required?: boolean;
}) {
  const errorText = useErrorText();
  const errors = useFieldErrors(name, own);
  const base = useFieldId(name, undefined);
  const errorId = errors?.length ? `${base}-error` : undefined;
  const hintId = hint ? `${base}-hint` : undefined;
  // After a refused submission, what was checked then (nothing sent: nothing was checked).
  const sent = usePostedValue(name);
  const chosen = sent.posted ? sent.value : defaultValue;
  const defaults = Array.isArray(chosen) ? chosen : chosen ? [chosen] : [];
  return (
    <fieldset className="mb-4" aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}>
      <legend className="mb-1 text-sm font-semibold text-slate-800">
        {legend}
        {required ? (
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        ) : null}
      </legend>
      {hint ? (
        <p id={hintId} className="mb-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        {options.map((o) => (
          <label key={o.value} className="inline-flex items-center gap-2 text-slate-900">
            <input
              type={type}
              name={type === "checkbox" ? `${name}[]` : name}
              value={o.value}
              defaultChecked={defaults.includes(o.value)}
              required={required && type === "radio" ? true : undefined}
              className="h-4 w-4"
              aria-invalid={errors?.length ? true : undefined}
            />
            {o.label}
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {errors.map((e) => errorText(e)).join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
