// The list of meetings (server component): time, kind, title, agenda size and whether the minutes are open.
import Link from "next/link";
import type { MeetingRow } from "@/lib/domain/meetings/list-meetings";
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/format";
import { Table, Td } from "@/components/ui/Table";

/**
 * The meetings as a table. `hideCaption`: the caption repeats a visible heading just above it, so it
 * is kept for screen readers only (fix15 item 6).
 */
export function MeetingTable({
  rows,
  t,
  locale,
  caption,
  hideCaption = false,
}: {
  rows: MeetingRow[];
  t: T;
  locale: Locale;
  caption: string;
  hideCaption?: boolean;
}) {
  if (rows.length === 0) return <p>{t("meetings.list.none")}</p>;
  return (
    <Table
      caption={caption}
      hideCaption={hideCaption}
      head={[
        t("meetings.list.when"),
        t("meetings.list.kindCol"),
        t("meetings.list.titleCol"),
        t("meetings.list.items"),
        t("meetings.list.status"),
      ]}
    >
      {rows.map((m) => (
        <tr key={m.id}>
          <Td>{formatDateTime(m.startsAt, locale)}</Td>
          <Td>{t(`meetings.kind.${m.kind}`)}</Td>
          <Td>
            <Link prefetch={false} href={`/meetings/${m.id}`}>
              {m.title || t(`meetings.kind.${m.kind}`)}
            </Link>
          </Td>
          <Td>{m.itemCount}</Td>
          <Td>{m.minutesClosedAt ? t("meetings.list.closed") : t("meetings.list.open")}</Td>
        </tr>
      ))}
    </Table>
  );
}
