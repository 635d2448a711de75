"use client";
// The form-level message: an error (announced at once), or the success of the latest submission
// (announced politely). A conflict (the record changed since the form was loaded, nothing was
// saved) comes with a link that loads the page again (a plain link: it works without JavaScript too),
// so the user sees the other person's change.
// The message can take the focus (useActionForm moves it here after a submission).
import { usePathname, useSearchParams } from "next/navigation";
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
        {conflict ? <ReloadLink label={t("forms.reload")} /> : null}
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
