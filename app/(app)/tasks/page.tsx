// "My tasks" (issue 12): the action items of meeting minutes assigned to the signed-in user, overdue first.
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { listMyTasks } from "@/lib/domain/meetings/list-my-tasks";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDay } from "@/lib/format";
import { PageHeader } from "@/components/ui/PageHeader";
import { Badge } from "@/components/ui/Badge";
import { Table, Td } from "@/components/ui/Table";
import { CompleteTaskForm } from "../meetings/_components/TaskForms";
import { withPageMessages } from "@/components/layout/PageMessages";
import { Flash } from "@/components/forms/Flash";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("meetings.myTasks.title") };
}

async function MyTasksPage() {
  const actor = await requireActor();
  if (!can(actor, "task.view")) notFound();
  const [t, locale, tasks] = await Promise.all([getT(), getLocale(), listMyTasks(actor)]);
  return (
    <>
      <PageHeader title={t("meetings.myTasks.title")} intro={t("meetings.myTasks.intro")} />
      <Flash scope="tasks" />
      {tasks.length === 0 ? (
        <p>{t("meetings.myTasks.none")}</p>
      ) : (
        <Table
          caption={t("meetings.myTasks.caption")}
          hideCaption
          head={[
            t("meetings.task.description"),
            t("meetings.myTasks.citizen"),
            t("meetings.myTasks.meeting"),
            t("meetings.myTasks.due"),
            t("meetings.myTasks.status"),
          ]}
        >
          {tasks.map((task) => (
            <tr key={task.id}>
              <Td>{task.description}</Td>
              <Td>{task.citizen ? task.citizen.name : task.consentLapsed ? t("meetings.myTasks.citizenConsentLapsed") : "–"}</Td>
              <Td>
                {task.meeting.canOpen ? (
                  <Link prefetch={false} href={`/meetings/${task.meeting.id}`}>
                    {task.meeting.title || t(`meetings.kind.${task.meeting.kind}`)}
                  </Link>
                ) : (
                  task.meeting.title || t(`meetings.kind.${task.meeting.kind}`)
                )}
              </Td>
              <Td>
                {formatDay(task.dueOn, locale)} {task.overdue ? <Badge tone="danger">{t("meetings.myTasks.overdue")}</Badge> : null}
              </Td>
              <Td>
                {task.completedAt ? (
                  t("meetings.myTasks.completed", { date: formatDay(task.completedAt, locale) })
                ) : (
                  <CompleteTaskForm taskId={task.id} version={task.version} description={task.description} />
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

export default withPageMessages("/tasks", MyTasksPage);
