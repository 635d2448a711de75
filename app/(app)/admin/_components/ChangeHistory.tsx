// The "who changed what, when and why" table of the admin pages (organisation settings, a user):
// one row per saved change, newest first, or a sentence when there is none.
import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/messages";
import { Table, Td } from "@/components/ui/Table";

type ChangeRow = { id: string; changedAt: Date; changedByName: string; reason: string | null };

/**
 * The history rows as a table with the columns `head` (when, who, what, why; caption `caption`,
 * read by screen readers only); `what(row)` renders one row's changes. `empty` when there are none.
 */
export function ChangeHistory<R extends ChangeRow>({
  rows,
  locale,
  empty,
  caption,
  head,
  what,
}: {
  rows: R[];
  locale: Locale;
  empty: string;
  caption: string;
  head: [when: string, who: string, what: string, why: string];
  what: (row: R) => ReactNode;
}) {
  if (rows.length === 0) return <p className="text-sm text-slate-700">{empty}</p>;
  return (
    <Table caption={caption} hideCaption head={head}>
      {rows.map((h) => (
        <tr key={h.id}>
          <Td>{formatDateTime(h.changedAt, locale)}</Td>
          <Td>{h.changedByName}</Td>
          <Td>{what(h)}</Td>
          <Td>{h.reason ?? "—"}</Td>
        </tr>
      ))}
    </Table>
  );
}
