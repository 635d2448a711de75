// The loose ends of a closing case put into words for the status form (issue 8 item 6).
import type { LooseEnd } from "@/lib/domain/cases/close-loose-ends";
import { decisionValue } from "@/lib/cases/loose-ends";
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatDateTime, formatDay } from "@/lib/format";
import type { LooseEndChoice } from "./_components/ChangeStatusForm";

/** One radio group per loose end: legend (what it is) and the allowed decisions (value "<decision>@<version>"). */
export function looseEndChoices(ends: LooseEnd[], t: T, locale: Locale): LooseEndChoice[] {
  return ends.map((e) => {
    const legend =
      e.kind === "referral"
        ? t("cases.looseEnds.referral", { programme: e.label ?? "", status: t(`referrals.status.${e.status as "SUBMITTED"}`) })
        : e.kind === "rtwPlan"
          ? t("cases.looseEnds.rtwPlan", { date: formatDay(e.at, locale), status: t(`cases.looseEnds.rtwStatus.${e.status as "DRAFT"}`) })
          : t("cases.looseEnds.followUp", { date: e.at ? formatDateTime(e.at, locale) : t("cases.looseEnds.notScheduled") });
    return {
      kind: e.kind,
      id: e.id,
      legend,
      options: e.allowed.map((d) => ({ value: decisionValue(d, e.version), label: t(`cases.looseEnds.decision.${e.kind}.${d}` as never) })),
    };
  });
}
