// Inputs of the key-figure dashboard: the view (month, trend length, filters), the exports, and
// setting a target. Browser-safe; messages are translation keys.
import { z } from "zod";
import { FIGURE_KEYS, figureUnit, isFigureKey } from "@/lib/kpi/figures";
import { parseMonthKey } from "@/lib/kpi/months";
import { enumField, intInRange } from "./fields";
import { parseDanishNumber, type NumberReading } from "./number";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** "" or absent = all; otherwise an id. */
const optionalId = z
  .string({ error: "errors.invalidChoice" })
  .trim()
  .refine((s) => s === "" || UUID.test(s), "errors.invalidChoice")
  .optional()
  .transform((s) => s ?? "");

export const KPI_WINDOWS = ["12", "24"] as const;
export const DIAGNOSIS_GROUP_VALUES = ["MENTAL", "MUSCULOSKELETAL", "OTHER"] as const;

export const ZKeyFigureQuery = z.object({
  month: z
    .string({ error: "errors.invalidChoice" })
    .trim()
    .refine((s) => s === "" || parseMonthKey(s) !== null, "kpi.errors.month")
    .optional()
    .transform((s) => s || null),
  window: enumField(KPI_WINDOWS)
    .optional()
    .transform((w) => Number(w ?? "12") as 12 | 24),
  departmentId: optionalId,
  diagnosisGroup: z
    .union([z.literal(""), enumField(DIAGNOSIS_GROUP_VALUES)], { error: "errors.invalidChoice" })
    .optional()
    .transform((g) => g ?? ""),
  programmeId: optionalId,
});
export type TKeyFigureQuery = z.output<typeof ZKeyFigureQuery>;

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export const ZKeyFigureExport = ZKeyFigureQuery.extend({ format: enumField(EXPORT_FORMATS) });
export type TKeyFigureExport = z.output<typeof ZKeyFigureExport>;

/** The range a target may take, in the figure's unit (per cent, days, weeks or a count). */
export const TARGET_RANGE = { percent: [0, 100], days: [0, 365], weeks: [0, 104], count: [0, 1_000_000] } as const;

const isCount = (figure: string) => isFigureKey(figure) && figureUnit(figure) === "count";

/**
 * How a target is read (lib/validation/number.ts): a count is a whole number ("15.000" = 15000; "12,5"
 * is refused, never stored as a fraction of a person), the other units take decimals.
 */
export function readTarget(figure: string, value: string): NumberReading {
  const r = parseDanishNumber(value, isCount(figure) ? "integer" : "decimal");
  return r.ok && isCount(figure) && !Number.isInteger(r.value) ? { ok: false, error: "notANumber" } : r;
}

export const ZSetKeyFigureTarget = z
  .object({
    figure: enumField(FIGURE_KEYS as [string, ...string[]]),
    /** Empty = remove the target. Written the Danish way: "50,5", "15.000" (see parseDanishNumber). */
    value: z.string({ error: "errors.invalidNumber" }).trim().max(20, "errors.invalidNumber"),
    /** The version the form was based on; empty for a figure without a target yet. */
    version: z
      .preprocess((v) => (v === "" || v === undefined ? undefined : v), intInRange(1, 1_000_000).optional())
      .transform((v) => v ?? null),
  })
  .superRefine((v, ctx) => {
    if (v.value === "") return;
    const r = readTarget(v.figure, v.value);
    if (!r.ok) {
      const unclear = isCount(v.figure) ? "errors.wholeNumberUnclear" : "errors.numberUnclear";
      // A valid number that is not whole, for a count, says so ("Skriv et helt tal.", walk11), not "invalid".
      const asDecimal = isCount(v.figure) ? parseDanishNumber(v.value, "decimal") : null;
      const message =
        asDecimal?.ok && !Number.isInteger(asDecimal.value)
          ? "errors.wholeNumber"
          : r.error === "unclear"
            ? unclear
            : "errors.invalidNumber";
      ctx.addIssue({ code: "custom", path: ["value"], message });
      return;
    }
    if (!isFigureKey(v.figure)) return;
    const [min, max] = TARGET_RANGE[figureUnit(v.figure)];
    if (r.value < min) ctx.addIssue({ code: "custom", path: ["value"], message: "errors.numberTooSmall" });
    if (r.value > max) ctx.addIssue({ code: "custom", path: ["value"], message: "errors.numberTooLarge" });
  })
  .transform((v) => {
    const r = v.value === "" ? null : readTarget(v.figure, v.value);
    return { ...v, value: r?.ok ? r.value : null };
  });
export type TSetKeyFigureTarget = z.output<typeof ZSetKeyFigureTarget>;
