// Key-figure values as text, for the pages and the exports (server side: lib/format). Suppressed
// values become the legend's symbols: "< 5" (fewer than 5 people) and "–" (complementary).
import "server-only";
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/format";
import { figureUnit, type FigureKey } from "./figures";
import type { Shown } from "./view";
import { readTarget } from "@/lib/validation/kpi";

/** Decimals shown: whole counts and per cents, one decimal for days and weeks. */
export function decimalsOf(key: FigureKey): number {
  const u = figureUnit(key);
  return u === "days" || u === "weeks" ? 1 : 0;
}

/** A number in the figure's unit: "12", "62 %", "8,5". */
export function presentNumber(key: FigureKey, value: number, locale: Locale, t: T): string {
  const text = formatNumber(value, locale, decimalsOf(key));
  const unit = figureUnit(key);
  // Durations carry their unit ("15,9 uger"): a bare number reads as a count.
  if (unit === "percent" || unit === "days" || unit === "weeks") return t(`kpi.shown.${unit}`, { value: text });
  return text;
}

/**
 * A target in the figure's unit, with up to 2 decimals whatever the figure's own precision: a target
 * of 12,5 % is shown as "12,5 %", never rounded to "13 %" (walk7 item 4; a target is what was decided).
 */
export function presentTarget(key: FigureKey, value: number, locale: Locale, t: T): string {
  const text = formatNumber(value, locale, Math.max(decimalsOf(key), 2));
  const unit = figureUnit(key);
  if (unit === "percent" || unit === "days" || unit === "weeks") return t(`kpi.shown.${unit}`, { value: text });
  return text;
}

/** A shown value: the number, "< 5", "–" or "ingen". */
export function presentShown(key: FigureKey, s: Shown, locale: Locale, t: T): string {
  if (s.kind === "value") return presentNumber(key, s.value, locale, t);
  // A hidden median or percentile: "< 5" alone would read as "under 5 weeks".
  const unit = figureUnit(key);
  if (s.kind === "small" && (unit === "days" || unit === "weeks")) return t("kpi.shown.smallPeople");
  return s.kind === "small" ? t("kpi.shown.small") : s.kind === "protected" ? t("kpi.shown.protected") : t("kpi.shown.none");
}

/** A count behind a share (numerator, basis): always a whole number. */
export function presentCount(s: Shown | undefined, locale: Locale, t: T): string {
  if (!s) return "";
  if (s.kind === "value") return formatNumber(s.value, locale);
  return s.kind === "small" ? t("kpi.shown.small") : s.kind === "protected" ? t("kpi.shown.protected") : t("kpi.shown.none");
}

/** The accessible name of a suppressed value (the symbol alone says little to a screen reader). */
export function shownLabel(s: Shown, t: T): string | undefined {
  return s.kind === "small"
    ? t("kpi.shown.smallLabel")
    : s.kind === "protected"
      ? t("kpi.shown.protectedLabel")
      : s.kind === "none"
        ? t("kpi.shown.noneLabel")
        : undefined;
}

/**
 * A target as its form field is filled in before the user types (fix14 item 2): written the UI
 * language's way (Intl.NumberFormat, no grouping: "12,5" / "12.5", "15000"), as long as the target's
 * parser (readTarget, lib/validation/kpi.ts) reads that back as the same number; otherwise the Danish
 * way, with a trailing zero where three decimals would look like a thousands group ("12,1250": the
 * parser refuses "12,125" as unclear). The parser reads Danish writing in both UIs: English "12.125"
 * would be "unclear" as a per cent and 12125 as a count.
 */
export function targetInputValue(key: FigureKey, value: number, locale: Locale): string {
  const danish = inputWriting("da").format(value);
  const candidates = [inputWriting(locale).format(value), danish, danish.includes(",") ? `${danish}0` : danish];
  return (
    candidates.find((c) => {
      const back = readTarget(key, c);
      return back.ok && back.value === value;
    }) ?? danish
  );
}

const inputWritings = new Map<Locale, Intl.NumberFormat>();
const inputWriting = (locale: Locale) => {
  let f = inputWritings.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale === "da" ? "da-DK" : "en-GB", { useGrouping: false, maximumFractionDigits: 20 });
    inputWritings.set(locale, f);
  }
  return f;
};
