// The values of a progress note as the correction history stores them (not a use case).
import { historyValue } from "@/lib/domain/history/diff";
import type { HistoryValue } from "@/lib/domain/history/types";

type NoteValues = { writtenOn: Date; text: string; selfRatedHealth: number; pain: number; workAbility: number };

/** Day as "YYYY-MM-DD", scores as numbers, the text as written. */
export function noteHistoryValues(n: NoteValues): Record<"writtenOn" | "text" | "selfRatedHealth" | "pain" | "workAbility", HistoryValue> {
  return {
    writtenOn: historyValue(n.writtenOn, "day"),
    text: n.text,
    selfRatedHealth: n.selfRatedHealth,
    pain: n.pain,
    workAbility: n.workAbility,
  };
}
