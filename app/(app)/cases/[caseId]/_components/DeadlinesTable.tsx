// The case's deadlines from the rules engine: kind, due date, state in words, legal basis.
import type { Deadline } from "@/lib/rules";
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatDay } from "@/lib/format";
import { Table, Td } from "@/components/ui/Table";
import { Badge } from "@/components/ui/Badge";
import { DeadlineBadge, deadlineKindLabel } from "../../_components/DeadlineBadge";

export function DeadlinesTable({ t, locale, deadlines }: { t: T; locale: Locale; deadlines: Deadline[] }) {
  if (deadlines.length === 0) return <p>{t("cases.deadlines.none")}</p>;
  return (
    <Table
      caption={t("cases.deadlines.caption")}
      hideCaption
      head={[t("cases.deadlines.kind"), t("cases.deadlines.dueOn"), t("cases.deadlines.state"), t("cases.deadlines.basis")]}
    >
      {deadlines.map((d, i) => {
        const basisKey = `rules.basis.${d.legalBasisKey}`;
        return (
          <tr key={`${d.kind}-${i}`}>
            <Td className="font-medium">{deadlineKindLabel(t, d.kind)}</Td>
            <Td className="whitespace-nowrap">{formatDay(d.dueOn, locale)}</Td>
            <Td>
              <span className="flex flex-wrap gap-1">
                {d.satisfiedOn ? (
                  <Badge tone="success">{t("cases.deadlines.met", { date: formatDay(d.satisfiedOn, locale) })}</Badge>
                ) : d.informational ? (
                  // Windows and flags are not conversations to hold: they cannot be "overdue".
                  <Badge tone="info">{t("cases.deadlines.informational")}</Badge>
                ) : (
                  <DeadlineBadge t={t} state={d.state} />
                )}
              </span>
            </Td>
            <Td className="text-slate-700">
              {t.has(basisKey as never) ? t(basisKey as never) : ""}
              {d.legalParagraph ? <span className="block text-sm text-slate-700">{d.legalParagraph}</span> : null}
            </Td>
          </tr>
        );
      })}
    </Table>
  );
}
