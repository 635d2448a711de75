// One agenda item with its minutes and action items (server component; issue 12). Editing controls
// appear only for the meeting's coordinator; everything else prints as the minutes.
import Link from "next/link";
import type { AgendaItemView, MeetingView } from "@/lib/domain/meetings/get-meeting";
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatDay } from "@/lib/format";
import { Table, Td } from "@/components/ui/Table";
import { ItemControls } from "../_components/AgendaForms";
import { AddTaskForm, MinutesForm } from "../_components/MinutesForms";

export function AgendaItem(props: { m: MeetingView; item: AgendaItemView; n: number; t: T; locale: Locale; citizenLinks: boolean }) {
  const { m, item, n, t, locale } = props;
  const closed = m.minutesClosedAt !== null;
  const who = item.citizen
    ? item.citizen.name
    : item.consentLapsed
      ? t("meetings.meeting.consentLapsed")
      : item.anonymised
        ? t("meetings.meeting.anonymised")
        : t("meetings.meeting.notVisible");
  const title = `${n}. ${who}`;
  return (
    <li className="meeting-item rounded-lg border border-slate-200 bg-white p-4 break-inside-avoid">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h3 className="text-lg font-semibold text-slate-900">
          {props.citizenLinks && item.citizen ? (
            <>
              {n}.{" "}
              <Link prefetch={false} href={`/citizens/${item.citizen.id}`}>
                {item.citizen.name}
              </Link>
            </>
          ) : (
            title
          )}
        </h3>
        {m.canEdit && !closed ? (
          <ItemControls
            itemId={item.id}
            version={item.version}
            title={title}
            hasMinutes={item.hasMinutes}
            hasTasks={item.hasTasks}
            position={n}
            count={m.items.length}
          />
        ) : null}
      </div>
      {item.consentLapsed ? (
        // Nothing of what was said about the citizen (ADR 0017 addendum); the coordinator is told what to do.
        m.canEdit && !closed ? (
          // An item with action items cannot be taken off (fix12: tasks stay with their item), so it is not asked for.
          <p className="text-sm text-slate-700">
            {t(item.hasTasks ? "meetings.meeting.consentLapsedCoordinatorWithTasks" : "meetings.meeting.consentLapsedCoordinator")}
          </p>
        ) : null
      ) : (
        <p className="text-sm text-slate-700">
          {t(`meetings.source.${item.source as "MANUAL"}`)} · {t("meetings.item.question")}: {item.question}
        </p>
      )}
      <dl className="mt-2 space-y-1 text-sm">
        {item.notes ? (
          <div>
            <dt className="font-semibold">{t("meetings.item.notes")}</dt>
            <dd className="whitespace-pre-line">{item.notes}</dd>
          </div>
        ) : null}
        {item.decision ? (
          <div>
            <dt className="font-semibold">{t("meetings.item.decision")}</dt>
            <dd className="whitespace-pre-line">{item.decision}</dd>
          </div>
        ) : null}
        {item.employerShare.length ? (
          <div>
            <dt className="font-semibold">{t("meetings.item.employerShare")}</dt>
            <dd>{item.employerShare.join(", ")}</dd>
          </div>
        ) : null}
      </dl>
      {item.tasks.length ? (
        <div className="mt-3">
          <Table
            caption={t("meetings.task.caption", { n })}
            head={[t("meetings.task.description"), t("meetings.task.party"), t("meetings.task.dueOn"), t("meetings.myTasks.status")]}
          >
            {item.tasks.map((task) => (
              <tr key={task.id}>
                <Td>{task.description}</Td>
                <Td>{task.assigneeName ?? `${t(`meetings.task.partyName.${task.party}`)}: ${task.assigneeText ?? ""}`}</Td>
                <Td>{formatDay(task.dueOn, locale)}</Td>
                <Td>
                  {task.completedAt
                    ? t("meetings.task.done", { date: formatDay(task.completedAt, locale), name: task.completedByName ?? "–" })
                    : t("meetings.task.open")}
                </Td>
              </tr>
            ))}
          </Table>
        </div>
      ) : null}
      {m.canEdit && !item.consentLapsed ? (
        <div className="mt-3">
          <MinutesForm
            itemId={item.id}
            version={item.version}
            notes={item.notes}
            decision={item.decision}
            employerShare={item.employerShare}
            employerTopics={m.kind === "ROUNDTABLE" && item.citizen ? item.employerTopics : null}
            closed={closed}
          />
          {!closed ? <AddTaskForm itemId={item.id} staff={m.staff} /> : null}
        </div>
      ) : null}
    </li>
  );
}
