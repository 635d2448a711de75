// A valid programme form (as the browser posts it) for the schema and action tests; each test adds
// the condition tags and the checklist it varies, in the form its entry point reads them.
export const PROGRAMME_FORM_FIELDS = {
  name: "Rygskole",
  description: "Undervisning og træning",
  targetGroup: "Sygemeldte med lænderygsmerter",
  format: "GROUP",
  weeks: "8",
  hoursPerWeek: "2,5",
  capacity: "12",
  priceDkk: "6500",
  active: "on",
} as const;
