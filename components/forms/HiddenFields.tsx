"use client";
// The ids and the version a form is based on, as hidden inputs:
// <HiddenFields values={{ planId, goalId: goal.id, version: goal.version }} />.
// After a refused submission they send what was sent (ADR 0033) while the page's own value is the one
// it had when the refusal was drawn: the fields then show the user's text, which is based on the
// version sent, so a record saved by someone else just before the refusal is a conflict on the next
// submission, never silently overwritten. Once the page's value changes (the user's own save of the
// same record elsewhere on the page, or any fresh page), and after a conflict, the page's value is
// sent (ADR 0033 addendum, fix10 item 4).
import { useState } from "react";
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
 * the value sent, as long as the page's value is still the one it had when the refusal was drawn
 * (`valueAtRefusal`) and the refusal was not a conflict (after a conflict the user has been told
 * that the record changed, and the page they look at is the fresh one).
 */
export function hiddenFieldValue(
  value: string | number,
  posted: string | string[] | undefined,
  conflict: boolean,
  valueAtRefusal: string | number,
): string | number {
  if (typeof posted !== "string" || conflict) return value;
  return String(valueAtRefusal) === String(value) ? posted : value;
}

function HiddenField({ name, value }: { name: string; value: string | number }) {
  const { values, conflict } = useRefusal();
  // The page's value when the current refusal (`values`, one object per refusal) was first drawn.
  const [seen, setSeen] = useState<{ refusal: PostedValues | undefined; value: string | number }>({ refusal: values, value });
  if (seen.refusal !== values) setSeen({ refusal: values, value });
  const atRefusal = seen.refusal === values ? seen.value : value;
  return <input type="hidden" name={name} value={hiddenFieldValue(value, values?.[name], conflict, atRefusal)} />;
}
