// Texts about a consent's validity, shared by the consent panel and the banners of the
// cross-department views. Days are shown as the last Danish day in force (inclusive).
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatDateTime, formatDay } from "@/lib/format";
import { lastValidDay } from "@/lib/consents/validity";

/** "Until the case ends" or "up to and including 31.03.2027" (summary wording). */
export function untilText(t: T, locale: Locale, validUntil: Date | null): string {
  return validUntil
    ? t("consents.summary.untilDay", { date: formatDay(lastValidDay(validUntil), locale) })
    : t("consents.summary.untilCaseEnd");
}

/** The line that marks a view as the other department's record, shown under a consent. */
export function shownUnderText(t: T, locale: Locale, consent: { purpose: string | null; validUntil: Date | null }): string {
  const until = consent.validUntil
    ? t("consents.otherSide.untilDay", { date: formatDay(lastValidDay(consent.validUntil), locale) })
    : t("consents.otherSide.untilCaseEnd");
  // The sentence ends the purpose with its own full stop: the purpose's own closing stop is dropped.
  const purpose = consent.purpose?.trim().replace(/\.+$/, "") || t("consents.otherSide.noPurpose");
  return t("consents.otherSide.shownUnder", { purpose, until });
}

/** When a consent ended or was revoked, as a date and time in Danish time. */
export const endedAt = (d: Date, locale: Locale) => formatDateTime(d, locale);
