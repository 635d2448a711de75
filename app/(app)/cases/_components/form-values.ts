// Values for date and time form fields (not display: display goes through lib/format).
// datetime-local fields hold Danish wall-clock time, which the shared schema converts back.
const local = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Copenhagen",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** An instant as "YYYY-MM-DDTHH:mm" in Danish time, for a datetime-local field. */
export function copenhagenLocalInput(d: Date | null | undefined): string {
  if (!d) return "";
  const parts = Object.fromEntries(local.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
