// The id of a week's actual-hours form: the note input in the weeks table's Note column joins the
// form by its `form` attribute (the form itself sits in the Actual hours column).

/** The form element id of week `weekNumber`'s actual hours. */
export const actualHoursFormId = (weekNumber: number) => `rtw-week-${weekNumber}`;

/** The note's maximum length (lib/validation/rtw.ts ZRecordActualHours: optionalText(500)). */
export const ACTUAL_HOURS_NOTE_MAX = 500;
