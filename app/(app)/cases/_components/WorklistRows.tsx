"use client";
// The rows of *My cases* (issue 10, ADR 0028). The server sends each row's facts once, as compact
// data (about 300 bytes a row), and this component draws the cells, on the server for the HTML and
// in the browser for hydration. Drawn by the server component instead, every row also travelled as
// its React element tree in the page's payload (about 1.4 KB a row, twice the row's HTML): the rows
// were sent twice, and the tree was most of the page's rendering work. Texts come from the route's
// translation subset (ADR 0026); dates and week counts are formatted by the server.
import Link from "next/link";
import { useTranslations } from "use-intl";
import type { UrgencyState } from "@/lib/domain/cases/urgency";
import { Badge } from "@/components/ui/Badge";
import { URGENCY_TONE } from "./DeadlineBadge";

/** One worklist row as the browser needs it: codes are translated here, `due` is already formatted. */
export type WorklistRowView = {
  id: string;
  name: string;
  cpr: string;
  group: string;
  /** Whole weeks since the first absence day (lib/rules caseAgeWeeks). */
  weeks: number;
  status: string;
  /** The visitation category in force (1–3, § 12), or null. */
  category: 1 | 2 | 3 | null;
  /** The next deadline's day, formatted for the locale (formatDay), or null when there is none. */
  due: string | null;
  kind: string | null;
  urgency: UrgencyState;
  /** The number of overdue deadlines and the worst of them (most days overdue), or null. */
  overdue: { count: number; kind: string; days: number } | null;
  /** The case's flags (rules.flag.*), e.g. BENEFIT_LIMIT_PASSED. */
  flags: string[];
  /** Exempt from follow-up today (walk4 item 4): `until` = last exempt day, formatted, or null (open-ended). */
  exempt: { until: string | null } | null;
};

/** The `<tr>`s of the worklist table (components/ui/Table draws the table around them). */
export function WorklistRows({ rows }: { rows: WorklistRowView[] }) {
  const t = useTranslations();
  // Unknown codes (a rule added later) show as the code or nothing, never as a raw key.
  const flagLabel = (kind: string) => (t.has(`rules.flag.${kind}` as never) ? t(`rules.flag.${kind}` as never) : kind);
  const kindLabel = (kind: string | null) => (kind && t.has(`rules.kind.${kind}` as never) ? t(`rules.kind.${kind}` as never) : "");
  const urgencyBadge = (state: UrgencyState) => <Badge tone={URGENCY_TONE[state]}>{t(`cases.urgency.${state}`)}</Badge>;
  return rows.map((r) => (
    <tr key={r.id}>
      <td>
        <Link prefetch={false} href={`/cases/${r.id}`}>
          {r.name}
        </Link>
      </td>
      <td className="font-mono whitespace-nowrap">{r.cpr}</td>
      <td>{t(`cases.diagnosisGroup.${r.group}` as never)}</td>
      <td className="whitespace-nowrap">{t("cases.weeks", { count: r.weeks })}</td>
      <td className="whitespace-nowrap">{t(`cases.status.${r.status}` as never)}</td>
      <td className="whitespace-nowrap">{r.category ? t(`rules.category.${r.category}` as never) : t("rules.case.none")}</td>
      {/* At least 16rem: on a phone the table scrolls in its own box, and a narrow deadline column made
          every row five times as tall (walk4 item 7). */}
      <td className="min-w-64">
        {r.due ? (
          <span className="wl-deadline">
            <span className="whitespace-nowrap">{r.due}</span>
            <span className="text-slate-700">{kindLabel(r.kind)}</span>
            {urgencyBadge(r.urgency)}
          </span>
        ) : (
          urgencyBadge("NONE")
        )}
        {r.exempt ? (
          <span className="wl-flags">
            <Badge tone="info">
              {r.exempt.until ? t("cases.worklistExempt.until", { until: r.exempt.until }) : t("cases.worklistExempt.openEnded")}
            </Badge>
          </span>
        ) : null}
        {r.overdue || r.flags.length > 0 ? (
          <span className="wl-flags">
            {r.overdue
              ? t("rules.case.overdue.compact", {
                  count: r.overdue.count,
                  kind: kindLabel(r.overdue.kind),
                  days: r.overdue.days,
                })
              : null}
            {r.flags.map((kind) => (
              <Badge key={kind} tone="warning">
                {flagLabel(kind)}
              </Badge>
            ))}
          </span>
        ) : null}
      </td>
    </tr>
  ));
}
