// Every overdue deadline of a case with its days overdue (the worst first) and the case's flags
// (benefit limit passed without a decision, certificate missing, no category …) with their legal
// basis (issue 8 item 7, issue 15). Used on the case page; the worklist's compact form is in WorklistRows.
import type { T } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/messages";
import { formatDay } from "@/lib/format";
import { Badge } from "@/components/ui/Badge";
import { deadlineKindLabel } from "./DeadlineBadge";

/** What the summary needs of a deadline report (lib/rules DeadlineReport). */
export type OverdueView = {
  overdue: { kind: string; dueOn: Date; daysOverdue?: number; legalBasisKey: string; legalParagraph?: string }[];
  flags: {
    kind: string;
    since: Date;
    legalBasisKey: string;
    legalParagraph?: string;
    detail?: Record<string, string | number | boolean>;
  }[];
};

function basis(t: T, key: string): string {
  const k = `rules.basis.${key}`;
  return t.has(k as never) ? t(k as never) : "";
}

function flagLabel(t: T, kind: string): string {
  const k = `rules.flag.${kind}`;
  return t.has(k as never) ? t(k as never) : kind;
}

/** The full list for the case page: one line per overdue deadline and per flag, with the legal basis and paragraph. */
export function OverdueSummary({ t, locale, view }: { t: T; locale: Locale; view: OverdueView }) {
  if (view.overdue.length === 0 && view.flags.length === 0) return null;
  return (
    <div className="mb-4 rounded-md border border-red-300 bg-red-50 p-3" role="region" aria-label={t("rules.case.overdue.heading")}>
      <h3 className="mb-2 text-base font-semibold text-red-900">{t("rules.case.overdue.heading")}</h3>
      <ul className="space-y-2">
        {view.overdue.map((d) => (
          <li key={`o-${d.kind}`} className="text-slate-900">
            <span className="font-semibold">{deadlineKindLabel(t, d.kind)}</span>{" "}
            {t("rules.case.overdue.line", { date: formatDay(d.dueOn, locale), days: d.daysOverdue ?? 0 })}
            <span className="block text-sm text-slate-800">
              {basis(t, d.legalBasisKey)} {d.legalParagraph ? `(${d.legalParagraph})` : ""}
            </span>
          </li>
        ))}
        {view.flags.map((fl) => (
          <li key={`f-${fl.kind}`} className="text-slate-900">
            <Badge tone="warning">{flagLabel(t, fl.kind)}</Badge>{" "}
            {fl.kind === "DOCTOR_CERTIFICATE_MISSING"
              ? t(fl.detail?.requested ? "rules.flagDetail.requested" : "rules.flagDetail.notRequested")
              : t("rules.case.overdue.since", { date: formatDay(fl.since, locale) })}
            <span className="block text-sm text-slate-800">
              {basis(t, fl.legalBasisKey)} {fl.legalParagraph ? `(${fl.legalParagraph})` : ""}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
