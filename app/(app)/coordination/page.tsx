import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { listOverdueCases } from "@/lib/domain/home/list-overdue-cases";
import { listMeetings } from "@/lib/domain/meetings/list-meetings";
import { listOpenMeetingTasks } from "@/lib/domain/meetings/list-open-meeting-tasks";
import { MeetingTable } from "../meetings/_components/MeetingTable";
import { Badge } from "@/components/ui/Badge";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDay } from "@/lib/format";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table, Td } from "@/components/ui/Table";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("home.coordination.title") };
}

async function CoordinationHome() {
  const actor = await requireActor();
  if (!can(actor, "meeting.run")) notFound();
  const [t, locale, overdue, meetings, tasks] = await Promise.all([
    getT(),
    getLocale(),
    can(actor, "case.viewOverdue") ? listOverdueCases(actor) : [],
    // Only the actor's own meetings, picked out by the query before its limits (fix13 item 2).
    listMeetings(actor, { mine: true }),
    listOpenMeetingTasks(actor),
  ]);
  // Upcoming: not yet over and the minutes open (a meeting with closed minutes is held; small8 item 5).
  const upcoming = meetings.rows.filter((m) => m.phase === "UPCOMING");
  const minutesOpen = meetings.rows.filter((m) => m.phase === "MINUTES_OPEN");
  return (
    <>
      <PageHeader
        title={t("home.coordination.title")}
        intro={t("home.coordination.intro")}
        actions={
          <Link prefetch={false} href="/meetings#create">
            {t("meetings.list.create")}
          </Link>
        }
      />
      <Section id="upcoming" title={t("meetings.coordination.upcoming")}>
        <MeetingTable rows={upcoming} t={t} locale={locale} caption={t("meetings.coordination.upcoming")} />
        {meetings.cut.upcoming ? (
          <p className="mt-2 text-sm text-slate-700">{t("meetings.list.upcomingCut", { count: meetings.limits.upcoming })}</p>
        ) : null}
      </Section>
      {minutesOpen.length > 0 || meetings.cut.minutesOpen ? (
        <Section id="minutes-open" title={t("meetings.coordination.minutesOpen")}>
          <MeetingTable rows={minutesOpen} t={t} locale={locale} caption={t("meetings.coordination.minutesOpen")} />
          {meetings.cut.minutesOpen ? (
            <p className="mt-2 text-sm text-slate-700">{t("meetings.list.minutesOpenCut", { count: meetings.limits.minutesOpen })}</p>
          ) : null}
        </Section>
      ) : null}
      <Section id="open-tasks" title={t("meetings.coordination.openTasks")}>
        {tasks.length === 0 ? (
          <p>{t("meetings.myTasks.none")}</p>
        ) : (
          <Table
            caption={t("meetings.coordination.openTasks")}
            hideCaption
            head={[t("meetings.task.description"), t("meetings.task.party"), t("meetings.myTasks.meeting"), t("meetings.myTasks.due")]}
          >
            {tasks.map((task) => (
              <tr key={task.id}>
                <Td>{task.description}</Td>
                <Td>{`${t(`meetings.task.partyName.${task.party}`)}: ${task.assignee ?? "–"}`}</Td>
                <Td>
                  <Link prefetch={false} href={`/meetings/${task.meeting.id}`}>
                    {task.meeting.title}
                  </Link>
                </Td>
                <Td>
                  {formatDay(task.dueOn, locale)} {task.overdue ? <Badge tone="danger">{t("meetings.myTasks.overdue")}</Badge> : null}
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>
      <Section id="overdue" title={t("home.coordination.overdueHeading")}>
        {overdue.length === 0 ? (
          <p>{t("home.coordination.noOverdue")}</p>
        ) : (
          <Table
            caption={t("home.coordination.overdueHeading")}
            hideCaption
            head={[t("cases.table.citizen"), t("cases.facts.caseworker"), t("cases.table.diagnosisGroup"), t("cases.table.nextDeadline")]}
          >
            {overdue.map((r) => (
              <tr key={r.id}>
                <Td>
                  <Link prefetch={false} href={`/cases/${r.id}`}>
                    {r.citizenName}
                  </Link>
                </Td>
                <Td>{r.caseworkerName}</Td>
                <Td>{t(`cases.diagnosisGroup.${r.diagnosisGroup}`)}</Td>
                <Td>{formatDay(r.nextDeadlineOn, locale)}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>
    </>
  );
}

export default withPageMessages("/coordination", CoordinationHome);
