// How the groups of a MATCHED study were formed (issue 14, ADR 0016): the rule in words and the
// counts of the matching (every count of 1–4 suppressed). Shown before the balance and any outcome.
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import type { MatchingSummary } from "@/lib/domain/studies/get-study-results";
import { Section } from "@/components/ui/Section";
import { Table, Td } from "@/components/ui/Table";
import { count } from "../../_components/present";

const ROWS = ["treated", "pool", "pairs", "unmatched", "lateIntervention"] as const;

export function MatchingSection({ m, t, locale }: { m: MatchingSummary; t: T; locale: Locale }) {
  return (
    <Section id="matching" title={t("studies.results.matching")}>
      <p className="mb-3 max-w-3xl">
        {t("studies.results.matchingIntro", { graceDays: m.graceDays, weeks: m.weeksCaliper, days: m.periodCaliperDays })}
      </p>
      <Table caption={t("studies.results.matchingCaption")} head={["", t("studies.results.matchingCount")]}>
        {ROWS.map((row) => (
          <tr key={row}>
            <th scope="row" className="px-4 py-2 text-left font-medium">
              {t(`studies.results.matchingRows.${row}`, { graceDays: m.graceDays })}
            </th>
            <Td>{count(m[row], t, locale)}</Td>
          </tr>
        ))}
      </Table>
    </Section>
  );
}
