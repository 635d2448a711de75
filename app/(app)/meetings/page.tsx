// Meetings in the actor's reach (issue 12), and for a coordinator the form to create one or a weekly series.
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { listMeetings } from "@/lib/domain/meetings/list-meetings";
import { listMeetingStaff } from "@/lib/domain/meetings/list-meeting-staff";
import { getLocale, getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { MeetingTable } from "./_components/MeetingTable";
import { CreateMeetingForm } from "./_components/CreateMeetingForm";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("meetings.title") };
}

async function MeetingsPage() {
  const actor = await requireActor();
  if (!can(actor, "meeting.view")) notFound();
  const runs = can(actor, "meeting.run");
  const [t, locale, list, staff] = await Promise.all([getT(), getLocale(), listMeetings(actor), runs ? listMeetingStaff(actor) : []]);
  return (
    <>
      <PageHeader title={t("meetings.list.heading")} />
      <Section id="meetings" title={t("meetings.list.caption")}>
        <MeetingTable rows={list.rows} t={t} locale={locale} caption={t("meetings.list.caption")} hideCaption />
        {list.cut.upcoming ? (
          <p className="mt-2 text-sm text-slate-700">{t("meetings.list.upcomingCut", { count: list.limits.upcoming })}</p>
        ) : null}
        {list.cut.minutesOpen ? (
          <p className="mt-2 text-sm text-slate-700">{t("meetings.list.minutesOpenCut", { count: list.limits.minutesOpen })}</p>
        ) : null}
      </Section>
      {runs ? (
        <Section id="create" title={t("meetings.create.heading")}>
          <CreateMeetingForm staff={staff} />
        </Section>
      ) : null}
    </>
  );
}

export default withPageMessages("/meetings", MeetingsPage);
