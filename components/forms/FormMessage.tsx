"use client";
import { useTranslations } from "use-intl";

/** Form-level error or success message, announced to screen readers. */
export function FormMessage({ error, success }: { error?: string; success?: string }) {
  const t = useTranslations();
  if (error)
    return (
      <p role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
        {t(error as never)}
      </p>
    );
  if (success)
    return (
      <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">
        {t(success as never)}
      </p>
    );
  return null;
}
