// A window event that says "the server was reached just now" (a form's server action returned):
// the session guard restarts its idle clock on it (issue 8 item 2). Browser-only, no imports.
export const SERVER_CONTACT_EVENT = "samspil:server-contact";

/** Tells the session guard that the server session was touched. */
export function announceServerContact(): void {
  if (typeof window !== "undefined") window.dispatchEvent(new Event(SERVER_CONTACT_EVENT));
}
