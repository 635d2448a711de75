// Texts about a consent's validity, shared by the consent panel and the banners of the
// cross-department views. Days are shown as the last Danish day in force (inclusive).
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { formatDateTime, formatDay } from "@/lib/format";
import { lastValidDay, type StoppedConsent } from "@/lib/consents/validity";
import { danishDayOf } from "@/lib/time";

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

/**
 * A consent that no longer applies, for a direction with none in force or pending (fix16 item 3):
 * "Tilbagekaldt 01.12.2026" / "Gjaldt til og med 30.11.2026" (`form` "summary", the summary's cell)
 * or as a sentence for a cross-department view ("otherSide").
 */
export function stoppedText(t: T, locale: Locale, stopped: StoppedConsent, form: "summary" | "otherSide"): string {
  if (stopped.state === "REVOKED") {
    const date = formatDay(danishDayOf(stopped.at), locale);
    return form === "summary" ? t("consents.summary.revokedOn", { date }) : t("consents.otherSide.revoked", { date });
  }
  const date = formatDay(lastValidDay(stopped.at), locale);
  return form === "summary" ? t("consents.summary.endedOn", { date }) : t("consents.otherSide.ended", { date });
}
