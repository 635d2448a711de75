// The labelled search box of a list page's filter form (query parameter "q"): its hint, and after a
// refused search the error, both tied to the box for screen readers. The page keeps its own layout
// around it (a grid cell, a flex item), as with FilterSelect.
import { filterLabelClass } from "./FilterSelect";

export function SearchField({
  id,
  label,
  hint,
  error,
  defaultValue,
  className,
}: {
  /** The box's id; the hint and the error are "<id>-hint" and "<id>-error". */
  id: string;
  label: string;
  hint: string;
  /** The translated error of a refused search, or null. */
  error: string | null;
  defaultValue: string;
  className: string;
}) {
  return (
    <>
      <label htmlFor={id} className={filterLabelClass}>
        {label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
        className={className}
      />
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-1 text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </>
  );
}
