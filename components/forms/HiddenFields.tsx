"use client";
// The ids and the version a form is based on, as hidden inputs:
// <HiddenFields values={{ planId, goalId: goal.id, version: goal.version }} />.
// After a refused submission they send what was sent (ADR 0033) while the page's own value is the one
// it had when the refusal was drawn: the fields then show the user's text, which is based on the
// version sent, so a record saved by someone else just before the refusal is a conflict on the next
// submission, never silently overwritten. Once the page's value changes (the user's own save of the
// same record elsewhere on the page, or any fresh page), the page's value is sent (ADR 0033
// addendum, fix10 item 4) — except after a conflict: then the fields still show what the user sent,
// based on the version sent, so that version is sent again and every further save is a conflict
// until the user reloads the page (the conflict message's link; fix14 item 1).
// A form drawn in the browser over the server's HTML of a refusal (lazyForm) carries that HTML's
// hidden values over with its text (CarriedHiddenValues).
import { createContext, useContext, useState } from "react";
import type { PostedValues } from "@/lib/validation/form";
import { useRefusal } from "./Form";

export function HiddenFields({ values }: { values: Record<string, string | number> }) {
  return (
    <>
      {Object.entries(values).map(([name, value]) => (
        <HiddenField key={name} name={name} value={value} />
      ))}
    </>
  );
}

/**
 * The value a hidden field sends: the page's `value`, or after a refusal (`posted`, what it sent)
 * the value sent
 * - after a conflict, always: the visible fields still hold what the user sent, based on the version
 *   sent, and the page's value may be newer (the server drew the page again with the record saved by
 *   someone else, or the page was refreshed in place); sending the page's value with that text would
 *   overwrite the other person's change. Every further save is a conflict until the page is loaded
 *   again (the conflict message's "Genindlæs siden" link) — fix14 item 1: the fix10 reasoning "after a
 *   conflict the page is the fresh one" held for the hidden fields, not for the visible ones;
 * - after any other refusal, as long as the page's value is still the one it had when the refusal was
 *   drawn (`valueAtRefusal`): a change of it is the user's own save of the record elsewhere on the page.
 */
export function hiddenFieldValue(
  value: string | number,
  posted: string | string[] | undefined,
  conflict: boolean,
  valueAtRefusal: string | number,
): string | number {
  if (typeof posted !== "string") return value;
  if (conflict) return posted;
  return String(valueAtRefusal) === String(value) ? posted : value;
}

/**
 * Hidden values carried over from the server's HTML of a refused post into the form the browser draws
 * over it (lazyForm, fix14 item 1): by "<name>\u0000<the drawn form's value>", the value the server's
 * HTML held (what was sent, which its visible text is based on). Used while the drawn form has no
 * refusal of its own and the page's value is still the one the form was drawn with.
 */
export const CarriedHiddenValues = createContext<ReadonlyMap<string, string>>(new Map());

/** The key of a carried hidden value (see CarriedHiddenValues). */
export const carriedKey = (name: string, value: string | number) => `${name}\u0000${String(value)}`;

function HiddenField({ name, value }: { name: string; value: string | number }) {
  const { values, conflict } = useRefusal();
  // The page's value when the current refusal (`values`, one object per refusal) was first drawn.
  const [seen, setSeen] = useState<{ refusal: PostedValues | undefined; value: string | number }>({ refusal: values, value });
  if (seen.refusal !== values) setSeen({ refusal: values, value });
  const atRefusal = seen.refusal === values ? seen.value : value;
  const carried = useContext(CarriedHiddenValues).get(carriedKey(name, value));
  const sent = values === undefined && carried !== undefined ? carried : hiddenFieldValue(value, values?.[name], conflict, atRefusal);
  return <input type="hidden" name={name} value={sent} />;
}
