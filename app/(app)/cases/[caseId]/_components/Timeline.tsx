// The course of the case, newest first (entries from lib/domain/cases/get-case-timeline.ts).
import type { ReactNode } from "react";
import type { TimelineEntry } from "@/lib/domain/cases/get-case-timeline";
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatDateTime, formatDay, formatNumber } from "@/lib/format";
import { Badge } from "@/components/ui/Badge";
import { HistoryChanges } from "../../_components/HistoryTable";

function title(t: T, e: TimelineEntry): string {
  switch (e.kind) {
    case "ABSENCE_START":
      return t("cases.timeline.absenceStart");
    case "STATUS_CHANGE":
      return t("cases.timeline.statusChange", { status: t(`cases.status.${e.status}`) });
    case "EXEMPTION":
      return t("cases.timeline.exemption", { reason: t(`cases.exemptionReason.${e.reason}`) });
    case "FOLLOW_UP":
      return `${t("cases.timeline.followUp", { status: t(`followups.status.${e.status}`) })} – ${t(`followups.mode.${e.mode}`)}`;
    case "CORRECTION":
      if (e.entry.action === "VOID") return t("cases.timeline.void", { record: t(`cases.timeline.recordVoid.${e.entry.recordType}`) });
      if (e.entry.action === "REASSIGN") return t("cases.timeline.reassign");
      if (e.entry.action === "EXEMPTION_VOID") return t("cases.timeline.exemptionVoid");
      return t("cases.timeline.correction", { record: t(`cases.timeline.record.${e.entry.recordType}`) });
    case "REFERRAL":
      return t("cases.timeline.referral", { programme: e.programmeName, status: t(`referrals.status.${e.toStatus}`) });
    case "RTW_PLAN":
      return t("cases.timeline.rtwPlan");
    case "MEETING_TASK":
      return t(e.completedAt ? "meetings.timeline.taskDone" : "meetings.timeline.task", { description: e.description });
  }
}

function Details({ t, locale, e }: { t: T; locale: Locale; e: TimelineEntry }) {
  const lines: ReactNode[] = [];
  const by = "byName" in e && e.byName ? t("cases.timeline.by", { name: e.byName }) : null;
  switch (e.kind) {
    case "STATUS_CHANGE":
      if (e.hoursPerWeek !== null) lines.push(t("cases.timeline.hours", { hours: formatNumber(e.hoursPerWeek, locale, 1) }));
      if (e.closingReason) lines.push(t(`cases.closingReason.${e.closingReason}`));
      if (e.note) lines.push(e.note);
      break;
    case "EXEMPTION":
      lines.push(
        e.untilOn
          ? t("cases.exemptions.period", { from: formatDay(e.fromOn, locale), until: formatDay(e.untilOn, locale) })
          : t("cases.exemptions.openEnded", { from: formatDay(e.fromOn, locale) }),
      );
      if (e.note) lines.push(e.note);
      if (e.voided) lines.push(e.voidReason ? t("cases.timeline.voidedReason", { reason: e.voidReason }) : t("cases.timeline.voided"));
      break;
    case "FOLLOW_UP":
      if (e.participants.length) lines.push(e.participants.map((p) => t(`followups.participant.${p}`)).join(", "));
      if (e.summary) lines.push(e.summary);
      if (e.agreements) lines.push(`${t("followups.fields.agreements")}: ${e.agreements}`);
      if (e.statusReason) lines.push(t("cases.timeline.reason", { reason: e.statusReason }));
      if (e.voided) lines.push(e.voidReason ? t("cases.timeline.voidedReason", { reason: e.voidReason }) : t("cases.timeline.voided"));
      break;
    case "CORRECTION":
      if (e.entry.action !== "VOID") lines.push(<HistoryChanges key="changes" t={t} locale={locale} entry={e.entry} />);
      if (e.entry.reason) lines.push(t("cases.timeline.reason", { reason: e.entry.reason }));
      lines.push(t("cases.timeline.by", { name: e.entry.changedByName }));
      break;
    case "REFERRAL":
      if (e.reason) lines.push(t("cases.timeline.reason", { reason: e.reason }));
      break;
    case "RTW_PLAN":
      lines.push(t("cases.timeline.rtwPlanStart", { date: formatDay(e.startOn, locale) }));
      break;
    case "MEETING_TASK":
      lines.push(t("meetings.timeline.from", { meeting: e.meetingTitle, due: formatDay(e.dueOn, locale) }));
      if (e.assignee) lines.push(t("meetings.timeline.assignee", { name: e.assignee }));
      if (e.completedAt) lines.push(t("meetings.timeline.completedBy", { name: e.completedByName ?? "–" }));
      break;
    case "ABSENCE_START":
      break;
  }
  if (by) lines.push(by);
  if (lines.length === 0) return null;
  return (
    <div className="mt-1 space-y-1 text-sm text-slate-700">
      {lines.map((l, i) => (
        <div key={i} className="whitespace-pre-line">
          {l}
        </div>
      ))}
    </div>
  );
}

export function Timeline({ t, locale, entries }: { t: T; locale: Locale; entries: TimelineEntry[] }) {
  if (entries.length === 0) return <p>{t("cases.timeline.empty")}</p>;
  return (
    <ol className="relative space-y-4 border-l-2 border-slate-200 pl-5">
      {entries.map((e) => {
        const voided = (e.kind === "FOLLOW_UP" || e.kind === "EXEMPTION") && e.voided;
        return (
          <li key={`${e.kind}-${e.id}`}>
            <p className="text-sm text-slate-700">
              <time dateTime={e.at.toISOString()}>{e.dayOnly ? formatDay(e.at, locale) : formatDateTime(e.at, locale)}</time>
            </p>
            <p className={`flex flex-wrap items-center gap-2 font-semibold text-slate-900 ${voided ? "line-through decoration-1" : ""}`}>
              {title(t, e)}
              {voided ? <Badge tone="neutral">{t("cases.timeline.voided")}</Badge> : null}
            </p>
            <Details t={t} locale={locale} e={e} />
          </li>
        );
      })}
    </ol>
  );
}
