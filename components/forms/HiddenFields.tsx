"use client";
// The ids and the version a form is based on, as hidden inputs:
// <HiddenFields values={{ planId, goalId: goal.id, version: goal.version }} />.
// After a refused submission they keep what was sent (ADR 0033): the fields then show the user's
// text, which is based on the version sent, so a record saved by someone else meanwhile is a
// conflict on the next submission, never silently overwritten by the fresher version of the page.
import { usePostedValue } from "./Form";

export function HiddenFields({ values }: { values: Record<string, string | number> }) {
  return (
    <>
      {Object.entries(values).map(([name, value]) => (
        <HiddenField key={name} name={name} value={value} />
      ))}
    </>
  );
}

function HiddenField({ name, value }: { name: string; value: string | number }) {
  const posted = usePostedValue(name).value;
  return <input type="hidden" name={name} value={typeof posted === "string" ? posted : value} />;
}
