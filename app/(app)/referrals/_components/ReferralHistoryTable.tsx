// The transition history of a referral (ReferralEvent rows), shown to both sides.
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/format";
import type { ReferralStatus } from "@/lib/referrals/transitions";
import { Table, Td } from "@/components/ui/Table";

export type ReferralEventRow = {
  id: string;
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus;
  reason: string | null;
  byName: string;
  at: Date;
};

export async function ReferralHistoryTable({ events, caption }: { events: ReferralEventRow[]; caption: string }) {
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return (
    <Table
      caption={caption}
      hideCaption
      head={[t("referrals.history.at"), t("referrals.history.change"), t("referrals.history.by"), t("referrals.history.reason")]}
    >
      {events.map((e) => (
        <tr key={e.id}>
          <Td>{formatDateTime(e.at, locale)}</Td>
          <Td>
            {e.fromStatus
              ? t("referrals.history.fromTo", { from: t(`referrals.status.${e.fromStatus}`), to: t(`referrals.status.${e.toStatus}`) })
              : t("referrals.history.created")}
          </Td>
          <Td>{e.byName}</Td>
          <Td>{e.reason}</Td>
        </tr>
      ))}
    </Table>
  );
}
