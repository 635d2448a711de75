// Marks a view as the other department's record and names the consent it is shown under (purpose,
// valid until) — issue 9 "Read-only views".
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import { shownUnderText } from "./consent-text";

/** The banner's texts by the department that owns the record. */
const OWNER_TEXT = {
  HEALTH_CENTER: { record: "consents.otherSide.healthRecord", readOnly: "consents.otherSide.readOnlyHealth" },
  JOBCENTER: { record: "consents.otherSide.jobcenterRecord", readOnly: "consents.otherSide.readOnlyJobcenter" },
} as const;

export function OtherSideBanner({
  t,
  locale,
  owner,
  consent,
}: {
  t: T;
  locale: Locale;
  owner: "HEALTH_CENTER" | "JOBCENTER";
  consent: { purpose: string | null; validUntil: Date | null };
}) {
  const text = OWNER_TEXT[owner];
  return (
    <div role="note" className="mb-4 rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      <p className="font-semibold">{t(text.record)}</p>
      <p>{shownUnderText(t, locale, consent)}</p>
      <p>{t(text.readOnly)}</p>
    </div>
  );
}
