// The citizen's access report (issue 9): which citizen, and the period (Danish calendar days,
// both included). Empty days mean the default period: the last 2 years up to today.
import { z } from "zod";
import { optionalDay } from "./fields";

/** The longest period one report covers, in days (10 years): the log is kept, but a report stays readable. */
export const MAX_REPORT_DAYS = 3660;

export const ZAccessReportQuery = z
  .object({
    citizenId: z.guid("errors.required"),
    from: optionalDay,
    to: optionalDay,
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from.getTime() > v.to.getTime())
      ctx.addIssue({ code: "custom", path: ["to"], message: "audit.errors.toBeforeFrom" });
    if (v.from && v.to && v.to.getTime() - v.from.getTime() > MAX_REPORT_DAYS * 86_400_000) {
      ctx.addIssue({ code: "custom", path: ["from"], message: "audit.errors.periodTooLong" });
    }
  });
export type TAccessReportQuery = z.output<typeof ZAccessReportQuery>;
