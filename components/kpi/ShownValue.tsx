// One shown key-figure value (dashboard tables, trend tables, board pack): the text, and for a
// suppressed or missing value ("< 5", "–", "ingen") its accessible explanation, since the symbol alone
// says little. Plain component: used by server components and by the client trend table alike.

/** `text` as shown ("20 %", "< 5"); `label` the accessible name of a suppressed or missing value. */
export function ShownValue({ text, label }: { text: string; label?: string }) {
  return label ? (
    <span title={label}>
      <span aria-hidden="true">{text}</span>
      <span className="sr-only">{label}</span>
    </span>
  ) : (
    text
  );
}
