// The Danish time zone's name, in a module of its own without the time-zone rules (@date-fns/tz):
// browser code that only names the zone (the translation provider's `timeZone`, ADR 0030) imports
// this instead of lib/time.ts, so the rules stay out of every page's JavaScript. lib/time.ts
// re-exports it; converting instants ↔ Danish days stays in lib/time.ts.

/** The time zone of every Danish municipality. */
export const DANISH_TIME_ZONE = "Europe/Copenhagen";
