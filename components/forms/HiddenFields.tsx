// The ids and the version a form is based on, as hidden inputs:
// <HiddenFields values={{ planId, goalId: goal.id, version: goal.version }} />.
export function HiddenFields({ values }: { values: Record<string, string | number> }) {
  return (
    <>
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}
