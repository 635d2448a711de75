// Display helpers of the study pages: suppressed counts as "< 5", intervals in the locale.
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatNumber, formatPercent } from "@/lib/format";
import type { ProtectedTotal, Suppressed } from "@/lib/kpi/suppress";
import type { Interval, Shown } from "@/lib/studies/results-view";

/** The name of an arm: in a matched comparison the control arm is the comparison group (no one was "controlled"). */
export function armLabel(arm: "INTERVENTION" | "CONTROL", matched: boolean, t: T): string {
  return matched && arm === "CONTROL" ? t("studies.arm.COMPARISON") : t(`studies.arm.${arm}`);
}

/** The first columns of a table by arm: what its rows are (e.g. "Measure"), then both arms. */
export function armColumns(rowHeading: string, matched: boolean, t: T): string[] {
  return [rowHeading, armLabel("INTERVENTION", matched, t), armLabel("CONTROL", matched, t)];
}

/** A count, or "< 5" when suppressed. */
export function count(s: Suppressed, t: T, locale: Locale): string {
  return s.suppressed ? t("studies.shown.small") : formatNumber(s.value, locale);
}

/** A total published apart from its parts: the count, "< 5", or "–" when hidden to protect a part (complementary). */
export function protectedCount(s: ProtectedTotal, t: T, locale: Locale): string {
  if (s.suppressed === "complementary") return t("studies.shown.complementary");
  return count(s, t, locale);
}

/** A share as a percentage, "< 5" when suppressed, "–" when there is no denominator. */
export function share(s: Shown, t: T, locale: Locale): string {
  if (s.suppressed) return t("studies.shown.small");
  return s.value === null ? t("studies.shown.none") : formatPercent(s.value, locale);
}

/** A number of days (or another value) with `digits` decimals, "–" for none. */
export function num(x: number | null | undefined, t: T, locale: Locale, digits = 0): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return t("studies.shown.none");
  // A value that rounds to zero is shown as 0, not "-0".
  return formatNumber(Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x, locale, digits);
}

/** "lower – upper"; an open limit (null) reads "open" (e.g. a median not reached). */
export function interval(i: Pick<Interval, "lower" | "upper">, t: T, locale: Locale, digits = 0, scale = 1): string {
  const v = (x: number | null) => (x === null ? t("studies.results.open_end") : formatNumber(x * scale, locale, digits));
  return `${v(i.lower)} – ${v(i.upper)}`;
}
