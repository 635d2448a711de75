"use client";
// The text of a field error: a translation key from the shared schema (zodFieldErrors), which may
// carry a value ("errors.tooLongMax:500" → "Teksten er for lang. Højst 500 tegn.", fix16 item 6a).
// A hook, so that no component hands its `t` on (the client-key scan follows `t(…)` calls only); the
// keys are in the `errors` namespace, which every page's subset holds (lib/i18n/scan-client-keys.ts).
import { useCallback } from "react";
import { useTranslations } from "use-intl";
import { errorKey } from "@/lib/validation/form";

/** A function from a field error (a key, maybe with its value) to its text in the UI language. */
export function useErrorText(): (error: string) => string {
  const t = useTranslations();
  return useCallback(
    (error: string) => {
      const { key, values } = errorKey(error);
      return (t as unknown as (key: string, values?: { max: number }) => string)(key, values);
    },
    [t],
  );
}
