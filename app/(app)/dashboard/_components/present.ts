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
import { presentCount, presentNumber, presentShown, shownLabel } from "@/lib/kpi/present";
import type { FigureView, Shown } from "@/lib/kpi/view";
import type { TrendPoint, TrendTexts } from "@/components/kpi/FigureTrend";

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
  trend?: { points: TrendPoint[]; texts: TrendTexts; percent: boolean };
  reasons?: { code: ReasonCategory; label: string; value: ShownTexts }[];
  reasonsCaption?: string;
};

const memo = new WeakMap<FigureView, Map<string, FigureTexts>>();

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
  const target = f.target === null ? t("kpi.panel.noTarget") : presentNumber(f.key, f.target, locale, t);
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
            points: f.points.map((p) => ({
              month: formatMonth(p.month, locale),
              short: formatMonth(p.month, locale, "short"),
              // Two decimals are more than a chart can draw; the text is what is read.
              value: p.value.kind === "value" ? Math.round(p.value.value * 100) / 100 : null,
              ...shownTexts(f, p.value, t, locale),
              ...(hasParts ? { num: presentCount(p.num, locale, t), den: presentCount(p.den, locale, t) } : {}),
            })),
            texts: {
              caption: t("kpi.panel.tableCaption", { figure: name }),
              name,
              month: t("kpi.panel.month"),
              value: t("kpi.panel.value"),
              num: t("kpi.panel.num"),
              den: t("kpi.panel.den"),
              target: t("kpi.panel.target"),
              showTable: t("kpi.panel.showTable"),
            },
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
