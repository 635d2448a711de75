"use client";
// The length counter of a text field (issue 8 item 13): hidden while the text is short, visible
// ("1.640 af 2.000 tegn") from 80 % of the maximum, and tied to the field with aria-describedby.
// Screen readers hear it politely only when the text crosses into "near the limit" or "at the
// limit" (not on every keystroke).
import { useCallback, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "use-intl";

/** From this share of the maximum on, the counter is shown. */
export const NEAR_LIMIT = 0.8;

export type LengthCounterState = {
  id: string;
  max: number | undefined;
  length: number;
  band: 0 | 1 | 2;
  describedBy: string | undefined;
  onInput(e: FormEvent<HTMLInputElement | HTMLTextAreaElement>): void;
  ref(el: HTMLInputElement | HTMLTextAreaElement | null): void | (() => void);
};

const lengthOf = (v: unknown) => (v === undefined || v === null ? 0 : String(v).length);

/** Tracks the length of an (uncontrolled) text field with `max` characters; follows form resets too. */
export function useLengthCounter(fieldId: string, max: number | undefined, initial: unknown): LengthCounterState {
  const [length, setLength] = useState(() => lengthOf(initial));
  const ref = useCallback((el: HTMLInputElement | HTMLTextAreaElement | null) => {
    const form = el?.form;
    if (!el || !form) return;
    // A reset restores the default value without an input event: read it after the reset.
    const onReset = () => setTimeout(() => setLength(el.value.length));
    form.addEventListener("reset", onReset);
    return () => form.removeEventListener("reset", onReset);
  }, []);
  const band: 0 | 1 | 2 = !max ? 0 : length >= max ? 2 : length >= Math.floor(max * NEAR_LIMIT) ? 1 : 0;
  const id = `${fieldId}-count`;
  return {
    id,
    max,
    length,
    band,
    describedBy: band > 0 ? id : undefined,
    onInput: (e) => setLength(e.currentTarget.value.length),
    ref,
  };
}

export function LengthCounter({ counter }: { counter: LengthCounterState }) {
  const t = useTranslations();
  const locale = useLocale();
  const { max, band } = counter;
  if (!max) return null;
  const n = (x: number) => new Intl.NumberFormat(locale === "da" ? "da-DK" : "en-GB").format(x);
  return (
    <>
      {band > 0 ? (
        <p id={counter.id} className={`mt-1 text-sm ${band === 2 ? "font-semibold text-amber-900" : "text-slate-700"}`}>
          {t("forms.counter", { count: n(counter.length), max: n(max) })}
        </p>
      ) : null}
      <span className="sr-only" aria-live="polite">
        {band === 2 ? t("forms.atLimit", { max: n(max) }) : band === 1 ? t("forms.nearLimit", { max: n(max) }) : ""}
      </span>
    </>
  );
}
