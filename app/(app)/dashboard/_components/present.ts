// A figure's texts as the dashboard and the board pack show them: name, definition, status, the
// sentence under the heading, the summary row, the reasons and the compact trend series for the
// client component. Kept per figure view and locale (ADR 0025, addendum of session 3): the use case
// hands the same frozen views to every request of a view under one refresh run (board-cache.ts),
// so the ~700 formatted numbers and messages of a board are made once per run, not per request.
// A view not from the cache is a new object: its texts are made for that request only.
import "server-only";
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatMonth } from "@/lib/format";
import { FIGURES, figureUnit, type ReasonCategory } from "@/lib/kpi/figures";
import { presentCount, presentShown, presentTarget, shownLabel } from "@/lib/kpi/present";
import type { FigureView, Shown } from "@/lib/kpi/view";
import type { MonthLabel, TrendPoint, TrendTexts } from "@/components/kpi/FigureTrend";

/** A value as text, with the accessible name of a suppressed or missing one ("færre end 5"). */
export type ShownTexts = { text: string; label?: string };

export type FigureTexts = {
  name: string;
  definition: string;
  status: string;
  /** "Seneste værdi i oktober 2026: 21 %. Mål: 40 %." (a snapshot figure: as of the refresh day). */
  sentence: string;
  /** The chosen month's value, "(5 af 25)" for a share with both parts shown, and the target. */
  current: ShownTexts;
  ofTotal?: string;
  target: string;
  /** Snapshot figures have no trend. */
  trend?: { caption: string; months: MonthLabel[]; points: TrendPoint[]; texts: TrendTexts; percent: boolean };
  reasons?: { code: ReasonCategory; label: string; value: ShownTexts }[];
  reasonsCaption?: string;
};

const memo = new WeakMap<FigureView, Map<string, FigureTexts>>();

// Objects every figure of a page shares, so that the page's payload carries them once (React sends
// an object met again as a reference): the headings per locale, the month labels per window.
const headings = new Map<Locale, TrendTexts>();
const monthLabels = new Map<string, MonthLabel[]>();

function trendTexts(t: T, locale: Locale): TrendTexts {
  let x = headings.get(locale);
  if (!x) {
    x = {
      month: t("kpi.panel.month"),
      value: t("kpi.panel.value"),
      num: t("kpi.panel.num"),
      den: t("kpi.panel.den"),
      target: t("kpi.panel.target"),
      showTable: t("kpi.panel.showTable"),
    };
    headings.set(locale, x);
  }
  return x;
}

function labelsOf(months: readonly string[], locale: Locale): MonthLabel[] {
  const key = `${locale}|${months.join(",")}`;
  let x = monthLabels.get(key);
  if (!x) {
    x = months.map((m) => ({ month: formatMonth(m, locale), short: formatMonth(m, locale, "short") }));
    // Windows of 12 or 24 months ending in one of the months with figures: a few hundred at most.
    if (monthLabels.size >= 2000) monthLabels.clear();
    monthLabels.set(key, x);
  }
  return x;
}

const shownTexts = (f: FigureView, s: Shown, t: T, locale: Locale): ShownTexts => {
  const label = shownLabel(s, t);
  return { text: presentShown(f.key, s, locale, t), ...(label ? { label } : {}) };
};

/**
 * The texts of figure `f` in `locale` (`t`: that locale's translator); `asOf`: the refresh day,
 * formatted (snapshot figures). Memoised by the view object, locale and day.
 */
export function figureTexts(f: FigureView, t: T, locale: Locale, asOf: string): FigureTexts {
  let byLocale = memo.get(f);
  if (!byLocale) memo.set(f, (byLocale = new Map()));
  const key = `${locale}|${asOf}`;
  let texts = byLocale.get(key);
  if (!texts) byLocale.set(key, (texts = build(f, t, locale, asOf)));
  return texts;
}

function build(f: FigureView, t: T, locale: Locale, asOf: string): FigureTexts {
  const name = t(`kpi.figures.${f.key}.name`);
  const target = f.target === null ? t("kpi.panel.noTarget") : presentTarget(f.key, f.target, locale, t);
  const current = shownTexts(f, f.current.value, t, locale);
  const snapshot = "snapshot" in FIGURES[f.key];
  const month = formatMonth(f.current.month, locale);
  const hasParts = f.points.some((p) => p.num !== undefined);
  return {
    name,
    definition: t(`kpi.figures.${f.key}.definition`),
    status: t(`kpi.status.${f.status}`),
    sentence: snapshot
      ? t("kpi.panel.snapshot", { day: asOf, value: current.text, target })
      : t("kpi.panel.summary", { month, value: current.text, target }),
    current,
    ...(f.current.num && f.current.den && f.current.value.kind === "value"
      ? { ofTotal: t("kpi.shown.ofTotal", { num: presentCount(f.current.num, locale, t), den: presentCount(f.current.den, locale, t) }) }
      : {}),
    target,
    ...(snapshot
      ? {}
      : {
          trend: {
            caption: t("kpi.panel.tableCaption", { figure: name }),
            months: labelsOf(
              f.points.map((p) => p.month),
              locale,
            ),
            points: f.points.map((p) => ({
              // Two decimals are more than a chart can draw; the text is what is read.
              value: p.value.kind === "value" ? Math.round(p.value.value * 100) / 100 : null,
              ...shownTexts(f, p.value, t, locale),
              ...(hasParts ? { num: presentCount(p.num, locale, t), den: presentCount(p.den, locale, t) } : {}),
            })),
            texts: trendTexts(t, locale),
            percent: figureUnit(f.key) === "percent",
          },
        }),
    ...(f.reasons
      ? {
          reasonsCaption: t("kpi.reasons.caption", { figure: name, month }),
          reasons: f.reasons.map((r) => ({ code: r.code, label: t(`kpi.reasons.${r.code}`), value: shownTexts(f, r.value, t, locale) })),
        }
      : {}),
  };
}
