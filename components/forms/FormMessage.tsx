"use client";
// The form-level message: an error (announced at once), or the success of the latest submission
// (announced politely). A conflict (the record changed since the form was loaded, nothing was
// saved) comes with a link that loads the page again (a plain link: it works without JavaScript too),
// so the user sees the other person's change.
// The message can take the focus (useActionForm moves it here after a submission, when it is inside
// the form). A message drawn outside its form, or one that outlives the form (the form is removed by
// the save), is given `focusOnShow`: it takes the focus itself when it comes (ADR 0032, fix16 item 1).
import { useEffect, useRef, type RefObject } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "use-intl";
import type { ActionForm } from "./useActionForm";

type Props = ({ form: Pick<ActionForm, "formError" | "success" | "conflict"> } | { error?: string; success?: string; form?: undefined }) & {
  /** The message is not inside its form (or outlives it): it takes the focus when it comes. */
  focusOnShow?: boolean;
};

/**
 * A ref for a message (tabIndex -1) that takes the keyboard focus when `shown` becomes a new truthy
 * value, as useActionForm gives the focus to a message inside the form (WCAG 2.4.3): for a message
 * drawn outside its form or one that outlives it (the save removed the form and the focused button).
 * A focus on a field marked invalid is left there (the form hook put it there: the input needs correcting).
 */
export function useFocusOnShow<E extends HTMLElement>(shown: unknown, enabled = true): RefObject<E | null> {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (!enabled || !shown) return;
    const active = document.activeElement;
    if (active && active !== ref.current && active.getAttribute("aria-invalid") === "true") return;
    ref.current?.focus();
  }, [shown, enabled]);
  return ref;
}

export function FormMessage(props: Props) {
  const t = useTranslations();
  const error = props.form ? props.form.formError : props.error;
  const success = props.form ? props.form.success : props.success;
  const conflict = props.form ? props.form.conflict : error === "errors.conflict";
  const errorRef = useFocusOnShow<HTMLDivElement>(error, !!props.focusOnShow);
  const successRef = useFocusOnShow<HTMLParagraphElement>(error ? undefined : success, !!props.focusOnShow);
  if (error)
    return (
      <div
        ref={errorRef}
        role="alert"
        tabIndex={-1}
        data-form-message
        className="mb-4 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900"
      >
        <p>{t(error as never)}</p>
        {conflict ? <ReloadLink label={t("forms.reload")} /> : null}
      </div>
    );
  if (success)
    return (
      <p
        ref={successRef}
        role="status"
        tabIndex={-1}
        data-form-message
        className="mb-4 rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900"
      >
        {t(success as never)}
      </p>
    );
  return null;
}

/** The page again (path and query; a fresh GET, also without JavaScript: fix10 item 4). */
function ReloadLink({ label }: { label: string }) {
  const path = usePathname();
  const query = useSearchParams()?.toString();
  return (
    <a
      href={query ? `${path}?${query}` : path}
      className="mt-2 inline-block rounded-md border border-red-800 bg-white px-3 py-1 font-semibold text-red-900 underline-offset-2 hover:underline"
    >
      {label}
    </a>
  );
}
