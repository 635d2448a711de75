// The id of a week's actual-hours form: the note input in the weeks table's Note column joins the
// form by its `form` attribute (the form itself sits in the Actual hours column).

/** The form element id of week `weekNumber`'s actual hours. */
export const actualHoursFormId = (weekNumber: number) => `rtw-week-${weekNumber}`;

/** The note's maximum length (lib/validation/rtw.ts ZRecordActualHours: optionalText(500)). */
export const ACTUAL_HOURS_NOTE_MAX = 500;

/**
 * The permalink of week `weekNumber`'s form state (useActionForm's `permalink`): a post without
 * JavaScript comes back to the RTW tab at the week, and its result reaches both the form and the
 * week's note input (ActualHoursNote), which is drawn in another cell (fix9 item 2).
 */
export const actualHoursPermalink = (caseId: string, weekNumber: number) => `/cases/${caseId}/rtw#${actualHoursFormId(weekNumber)}`;
