// A labelled <select> of a list page's filter form: an optional "all" choice (value "") first, then
// the options. The page keeps its own layout around it (a grid cell, a flex item).

/** The label style of the list pages' filter forms. */
export const filterLabelClass = "mb-1 block text-sm font-semibold text-slate-800";

export function FilterSelect({
  name,
  label,
  defaultValue,
  allLabel,
  options,
  className,
}: {
  /** The query parameter; the select's id is "filter-" + name. */
  name: string;
  label: string;
  defaultValue: string;
  /** The label of the choice that does not filter; without it, one of the options must be chosen. */
  allLabel?: string;
  options: readonly { value: string; label: string }[];
  className: string;
}) {
  const id = `filter-${name}`;
  return (
    <>
      <label htmlFor={id} className={filterLabelClass}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className={className}>
        {allLabel !== undefined ? <option value="">{allLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  );
}
