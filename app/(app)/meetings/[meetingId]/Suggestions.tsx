// The agenda builder's suggestions with their reasons (server component; issue 12).
import { SUGGESTIONS_PER_RULE, type AgendaSuggestion, type AgendaSuggestions } from "@/lib/domain/meetings/suggest-agenda-items";
import type { AgendaItemView } from "@/lib/domain/meetings/get-meeting";
import { translatorFor, type T } from "@/lib/i18n/server";
import { defaultLocale } from "@/lib/i18n/messages";
import { Table, Td } from "@/components/ui/Table";
import { AddSuggestionForm } from "../_components/AgendaForms";
import { deadlineKindLabel } from "../../cases/_components/DeadlineBadge";

/** The reason of a suggestion in words (the rule and its numbers; for a flag, the question). */
export function reasonOf(s: AgendaSuggestion, t: T): string {
  switch (s.source) {
    case "DEADLINE":
      return (s.days ?? 0) < 0
        ? t("meetings.reason.DEADLINE_overdue", { kind: deadlineKindLabel(t, s.deadlineKind), days: -(s.days ?? 0) })
        : t("meetings.reason.DEADLINE_due", { kind: deadlineKindLabel(t, s.deadlineKind), days: s.days ?? 0 });
    case "REFERRAL_WAITING":
      return t("meetings.reason.REFERRAL_WAITING", { days: s.days ?? 0 });
    case "REHAB_STALLED":
      return t("meetings.reason.REHAB_STALLED", { days: s.days ?? 0 });
    case "RTW_BEHIND":
      return t("meetings.reason.RTW_BEHIND", { weeks: s.weekNumbers.join(", ") });
    case "FLAG":
      return t("meetings.reason.FLAG", { question: s.question ?? "" });
  }
}

/**
 * The question a suggestion puts on the agenda: the reason alone (the item shows its source beside
 * it, walk6: no "Legal deadline" twice), for a flag its question.
 * It is stored with the meeting and read by every participant and in the minutes, so it is written
 * in the organisation's language of record (Danish, the default locale), not in the language of the
 * coordinator's screen: a coordinator with the English UI would otherwise leave English text in a
 * shared Danish record (fix9 item 5). Text a person types is stored as typed.
 */
export function suggestionQuestion(s: AgendaSuggestion): string {
  const record = translatorFor(defaultLocale) as T;
  return s.source === "FLAG" ? (s.question ?? reasonOf(s, record)) : reasonOf(s, record);
}

/**
 * The suggestions with an add button, or that they are on the agenda: a named one by its citizen (the
 * use case marks it, "already on the agenda"); an anonymised one when an anonymised item of the same
 * rule and reason is there. That item names no case, so it covers every case with the same text, and
 * each of those rows says so ("an anonymised item with the same text is on the agenda (covers this
 * case)"; fix9 item 4), rather than "already on the agenda", which read as if each case had its own
 * item. Under the table, per rule, how many more there are than shown.
 */
export function Suggestions({
  meetingId,
  suggestions,
  more,
  items,
  t,
}: AgendaSuggestions & {
  meetingId: string;
  items: Pick<AgendaItemView, "anonymised" | "source" | "question">[];
  t: T;
}) {
  const anonymisedOnAgenda = new Set(items.filter((i) => i.anonymised).map((i) => `${i.source}|${i.question}`));
  if (suggestions.length === 0) return <p>{t("meetings.suggestions.none")}</p>;
  const hidden = Object.entries(more) as [AgendaSuggestion["source"], number][];
  return (
    <>
      <Table
        caption={t("meetings.suggestions.caption")}
        head={[t("meetings.suggestions.citizen"), t("meetings.suggestions.reasonCol"), t("meetings.suggestions.action")]}
      >
        {suggestions.map((s) => {
          const reason = `${t(`meetings.source.${s.source}`)}: ${reasonOf(s, t)}`;
          const question = suggestionQuestion(s);
          return (
            <tr key={s.key}>
              <Td>{s.citizenName ?? t("meetings.suggestions.anonymous")}</Td>
              <Td>{reason}</Td>
              <Td>
                {s.onAgenda ? (
                  t("meetings.suggestions.onAgenda")
                ) : !s.citizenId && anonymisedOnAgenda.has(`${s.source}|${question}`) ? (
                  t("meetings.suggestions.anonymisedOnAgenda")
                ) : (
                  <AddSuggestionForm
                    meetingId={meetingId}
                    citizenId={s.citizenId}
                    flagId={s.flagId}
                    source={s.source}
                    question={question}
                    label={s.citizenName ? `${s.citizenName} – ${reason}` : reason}
                  />
                )}
              </Td>
            </tr>
          );
        })}
      </Table>
      {hidden.length ? (
        <ul className="mt-2 text-sm text-slate-700">
          {hidden.map(([source, count]) => (
            <li key={source}>
              {t("meetings.suggestions.more", { source: t(`meetings.source.${source}`), count, shown: SUGGESTIONS_PER_RULE })}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
