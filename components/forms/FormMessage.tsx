"use client";
// The form-level message: an error (announced at once), or the success of the latest submission
// (announced politely). A conflict (the record changed since the form was loaded, nothing was
// saved) comes with a button that reloads the page, so the user sees the other person's change.
// The message can take the focus (useActionForm moves it here after a submission).
import { useTranslations } from "use-intl";
import type { ActionForm } from "./useActionForm";

type Props = { form: Pick<ActionForm, "formError" | "success" | "conflict"> } | { error?: string; success?: string; form?: undefined };

export function FormMessage(props: Props) {
  const t = useTranslations();
  const error = props.form ? props.form.formError : props.error;
  const success = props.form ? props.form.success : props.success;
  const conflict = props.form ? props.form.conflict : error === "errors.conflict";
  if (error)
    return (
      <div
        role="alert"
        tabIndex={-1}
        data-form-message
        className="mb-4 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900"
      >
        <p>{t(error as never)}</p>
        {conflict ? (
          <button
            type="button"
            onClick={() => window.location.reload()}
            className="mt-2 rounded-md border border-red-800 bg-white px-3 py-1 font-semibold text-red-900 underline-offset-2 hover:underline"
          >
            {t("forms.reload")}
          </button>
        ) : null}
      </div>
    );
  if (success)
    return (
      <p
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
