// One meeting (issue 12): details, the agenda with minutes and action items, and for its coordinator
// the agenda builder (suggestions with reasons, add/order/remove), the minutes forms and closing.
// Prints as clean A4 minutes (globals.css: .meeting-print).
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { suggestAgendaItems } from "@/lib/domain/meetings/suggest-agenda-items";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDateTime, formatDay, formatMonth } from "@/lib/format";
import { danishDayOf } from "@/lib/time";
import { loadMeeting } from "./load-meeting";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { DescriptionList } from "@/components/ui/DescriptionList";
import { Alert } from "@/components/ui/Alert";
import { PrintButton } from "../../dashboard/print/PrintButton";
import { AddItemForm } from "../_components/AgendaForms";
import { Flash } from "@/components/forms/Flash";
import { CloseMinutesForm } from "../_components/MinutesForms";
import { AgendaItem } from "./AgendaItem";
import { Suggestions } from "./Suggestions";
import { withPageMessages } from "@/components/layout/PageMessages";

/** The tab's title: the meeting's kind and Danish day, "Ugentlig fælles sagskonference · 02.12.2026" (walk4 item 6). */
export async function generateMetadata({ params }: { params: Promise<{ meetingId: string }> }) {
  const { meetingId } = await params;
  const [t, locale, m] = await Promise.all([getT(), getLocale(), loadMeeting(meetingId)]);
  return { title: t("meetings.titles.meeting", { kind: t(`meetings.kind.${m.kind}`), date: formatDay(danishDayOf(m.startsAt), locale) }) };
}

async function MeetingPage({ params }: { params: Promise<{ meetingId: string }> }) {
  const { meetingId } = await params;
  const actor = await requireActor();
  const [t, locale, m] = await Promise.all([getT(), getLocale(), loadMeeting(meetingId)]);
  const closed = m.minutesClosedAt !== null;
  const building = m.canEdit && !closed;
  const { suggestions, more } = building ? await suggestAgendaItems(actor, m.id) : { suggestions: [], more: {} };
  const title = m.title || t(`meetings.kind.${m.kind}`);
  return (
    <div className="meeting-print">
      <p className="mb-2 print:hidden">
        <Link prefetch={false} href="/meetings">
          {t("meetings.meeting.back")}
        </Link>
      </p>
      <PageHeader title={title} intro={t(`meetings.kind.${m.kind}`)} actions={<PrintButton label={t("meetings.meeting.print")} />} />
      <DescriptionList
        items={[
          { term: t("meetings.meeting.when"), value: formatDateTime(m.startsAt, locale) },
          ...(m.place ? [{ term: t("meetings.meeting.where"), value: m.place }] : []),
          ...(m.videoLink ? [{ term: t("meetings.meeting.video"), value: <a href={m.videoLink}>{m.videoLink}</a> }] : []),
          { term: t("meetings.meeting.coordinator"), value: m.coordinatorName ?? "–" },
          { term: t("meetings.meeting.participants"), value: m.participants.map((p) => p.name).join(", ") || "–" },
          ...(m.externalParticipants.length
            ? [
                {
                  term: t("meetings.meeting.external"),
                  value: m.externalParticipants.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(", "),
                },
              ]
            : []),
          ...(m.boardPackMonth
            ? [
                {
                  term: t("common.nav.dashboard"),
                  value: (
                    <Link prefetch={false} href={`/dashboard/print?month=${m.boardPackMonth}`}>
                      {t("meetings.meeting.boardPack", { month: formatMonth(m.boardPackMonth, locale) })}
                    </Link>
                  ),
                },
              ]
            : []),
        ]}
      />
      {closed ? (
        <div className="my-4">
          <Alert>{t("meetings.meeting.minutesClosed", { date: formatDateTime(m.minutesClosedAt, locale) })}</Alert>
        </div>
      ) : null}
      <Section id="agenda" title={t("meetings.meeting.agenda")}>
        {/* Adding a suggestion, moving and removing an item say so here (their button leaves with the save). */}
        {building ? (
          <div className="print:hidden">
            <Flash scope="agenda" />
          </div>
        ) : null}
        {m.items.length === 0 ? (
          <p>{t("meetings.meeting.noItems")}</p>
        ) : (
          <ol className="space-y-4">
            {m.items.map((item, i) => (
              <AgendaItem
                key={item.id}
                m={m}
                item={item}
                n={i + 1}
                t={t}
                locale={locale}
                citizenLinks={can(actor, "citizen.viewRegister")}
              />
            ))}
          </ol>
        )}
        {building ? <AddItemForm meetingId={m.id} /> : null}
      </Section>
      {building ? (
        <div className="print:hidden">
          <Section id="suggestions" title={t("meetings.suggestions.heading")}>
            <Suggestions meetingId={m.id} suggestions={suggestions} more={more} items={m.items} t={t} />
          </Section>
        </div>
      ) : null}
      {m.canEdit && !closed ? (
        <div className="mt-6 print:hidden">
          {/* Closing is refused before the meeting begins (closeMinutes): offer it only from then on (walk6 item 10). */}
          {m.startsAt.getTime() <= Date.now() ? (
            <CloseMinutesForm meetingId={m.id} version={m.version} />
          ) : (
            <p className="text-sm text-slate-700">{t("meetings.errors.notStarted")}</p>
          )}
        </div>
      ) : null}
    </div>
  );
}

export default withPageMessages("/meetings/[meetingId]", MeetingPage);
