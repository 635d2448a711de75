// At a glance: for each direction, whether a consent is in force now and until when (issue 9).
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import type { DirectionSummary } from "@/lib/consents/validity";
import { formatDay } from "@/lib/format";
import { danishDayOf } from "@/lib/time";
import { Badge } from "@/components/ui/Badge";
import { Table, Td } from "@/components/ui/Table";
import { stoppedText, untilText } from "./consent-text";

export function ConsentSummary({ t, locale, summary }: { t: T; locale: Locale; summary: DirectionSummary[] }) {
  return (
    <Table
      caption={t("consents.summary.caption")}
      hideCaption
      head={[t("consents.summary.direction"), t("consents.summary.status"), t("consents.summary.until")]}
    >
      {summary.map((s) => (
        <tr key={s.direction}>
          <Td className="font-medium">{t(`consents.direction.${s.direction}`)}</Td>
          <Td>
            {s.active ? (
              <Badge tone="success">{t("consents.summary.active")}</Badge>
            ) : s.pending ? (
              <Badge tone="info">{t("consents.summary.pendingFrom", { date: formatDay(danishDayOf(s.pending.validFrom), locale) })}</Badge>
            ) : s.stopped ? (
              // A revoked (or ended) consent is said so, not "none registered" (fix16 item 3).
              <Badge>{stoppedText(t, locale, s.stopped, "summary")}</Badge>
            ) : (
              <Badge>{t("consents.summary.none")}</Badge>
            )}
          </Td>
          <Td>{s.active ? untilText(t, locale, s.active.validUntil) : "—"}</Td>
        </tr>
      ))}
    </Table>
  );
}
