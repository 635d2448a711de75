"use client";
// Hours as the user types them: a decimal comma in Danish ("18,5"), a point in English.
import { useLocale } from "use-intl";

/** A formatter for number inputs' default values (empty for null). */
export function useNumberInput() {
  const locale = useLocale();
  return (n: number | null | undefined) => (n === null || n === undefined ? "" : locale === "da" ? String(n).replace(".", ",") : String(n));
}
