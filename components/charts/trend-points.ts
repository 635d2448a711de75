// The points of ProgressTrendChart from progress notes (server side: the chart is a client component).
import { formatDay } from "@/lib/format";
import type { Locale } from "@/lib/i18n/messages";
import type { TrendPoint } from "./ProgressTrendChart";

/** One point per note, in the notes' order (oldest first for the chart), dated in `locale`; scores: health 1–5, pain and work ability 0–10. */
export function trendPoints(
  notes: readonly { id: string; writtenOn: Date; selfRatedHealth: number; pain: number; workAbility: number }[],
  locale: Locale,
): TrendPoint[] {
  return notes.map((n) => ({
    id: n.id,
    dateLabel: formatDay(n.writtenOn, locale),
    selfRatedHealth: n.selfRatedHealth,
    pain: n.pain,
    workAbility: n.workAbility,
  }));
}
