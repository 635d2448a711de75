// The hidden values of the server's HTML of a refused post that a form drawn over it carries over
// (lazyForm; CarriedHiddenValues in ./HiddenFields; ADR 0033 addendum, fix14 item 1).
import { carriedKey } from "./HiddenFields";

/** The hidden inputs of each form in `box`, by form (the framework's "$ACTION…" fields left out). */
const hiddenInputsByForm = (box: HTMLElement) =>
  [...box.querySelectorAll("form")].map((f) =>
    [...f.querySelectorAll<HTMLInputElement>('input[type="hidden"][name]')].filter((el) => !el.name.startsWith("$ACTION")),
  );

/**
 * The hidden values of the server's HTML of a refusal (`from`) that differ from the drawn form's (in
 * `drawn`), for CarriedHiddenValues: a hidden input is paired with the drawn one of the same form
 * (by position), name and occurrence, and keyed by its name and the drawn value (fix14 item 1).
 */
export function carriedHiddenValues(from: HTMLElement | null, drawn: HTMLElement | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!from || !drawn) return out;
  const drawnForms = hiddenInputsByForm(drawn);
  hiddenInputsByForm(from).forEach((inputs, i) => {
    const seen = new Map<string, number>();
    for (const el of inputs) {
      const n = seen.get(el.name) ?? 0;
      seen.set(el.name, n + 1);
      const twin = (drawnForms[i] ?? []).filter((d) => d.name === el.name)[n];
      if (twin && twin.value !== el.value) out.set(carriedKey(el.name, twin.value), el.value);
    }
  });
  return out;
}

/** No hidden values carried (a form drawn without a refusal in the server's HTML). */
export const NOTHING_CARRIED: ReadonlyMap<string, string> = new Map();
