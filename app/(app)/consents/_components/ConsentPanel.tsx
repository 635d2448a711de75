// The citizen's consent in one place (issue 9): which directions are in force now and until when,
// recording a consent, every consent with its state and a one-step revocation, and the history.
// Used on the citizen page, the case's consent tab and the consent page of the health center.
import type { Locale } from "@/lib/i18n/messages";
import type { T } from "@/lib/i18n/server";
import type { CitizenConsents } from "@/lib/domain/consents/get-citizen-consents";
import { formatDateTime, formatDay } from "@/lib/format";
import { danishDayOf } from "@/lib/time";
import { lastValidDay } from "@/lib/consents/validity";
import { Badge, type Tone } from "@/components/ui/Badge";
import { Section } from "@/components/ui/Section";
import { Disclosure } from "../../cases/_components/Disclosure";
import { HistoryTable } from "../../cases/_components/HistoryTable";
import { ConsentSummary } from "./ConsentSummary";
import { RecordConsentForm, RevokeConsentControl } from "./LazyConsentForms";

const STATE_TONE: Record<CitizenConsents["consents"][number]["state"], Tone> = {
  ACTIVE: "success",
  PENDING: "info",
  REVOKED: "danger",
  ENDED: "neutral",
};

type Props = { t: T; locale: Locale; data: CitizenConsents; todayIso: string; title?: string };

export function ConsentPanel({ t, locale, data, todayIso, title }: Props) {
  const day = (d: Date) => formatDay(danishDayOf(d), locale);
  return (
    <Section id="consent" title={title ?? t("consents.title")}>
      <p className="mb-3 max-w-3xl text-sm text-slate-700">{t("consents.intro")}</p>
      <h3 className="mb-2 text-base font-semibold text-slate-900">{t("consents.summary.heading")}</h3>
      <ConsentSummary t={t} locale={locale} summary={data.summary} />
      {data.canRecord ? (
        <div className="mt-4">
          <Disclosure summary={t("consents.record.open")}>
            <RecordConsentForm citizenId={data.citizen.id} todayIso={todayIso} hasOpenCase={data.hasOpenCase} />
          </Disclosure>
        </div>
      ) : null}
      <h3 className="mb-2 mt-5 text-base font-semibold text-slate-900">{t("consents.list.heading")}</h3>
      {data.consents.length === 0 ? (
        <p>{t("consents.list.none")}</p>
      ) : (
        <ul className="space-y-3">
          {data.consents.map((c) => (
            <li key={c.id} className="rounded-md border border-slate-200 p-3">
              <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                <span>{c.directions.map((d) => t(`consents.direction.${d}`)).join(" · ")}</span>
                <Badge tone={STATE_TONE[c.state]}>{t(`consents.state.${c.state}`)}</Badge>
              </p>
              <p className="text-sm text-slate-800">
                {c.validUntil && !c.endedWithCase
                  ? t("consents.list.period", { from: day(c.validFrom), until: formatDay(lastValidDay(c.validUntil), locale) })
                  : c.validUntil
                    ? t("consents.list.endedWithCase", { date: formatDateTime(c.validUntil, locale) })
                    : t("consents.list.periodOpen", { from: day(c.validFrom) })}
              </p>
              <p className="text-sm text-slate-800">
                {c.purpose ? t("consents.list.purpose", { purpose: c.purpose }) : t("consents.list.purposeMissing")}
              </p>
              {c.employerDetails ? (
                <p className="text-sm text-slate-800">{t("consents.list.employer", { text: c.employerDetails })}</p>
              ) : null}
              <p className="text-sm text-slate-700">
                {t("consents.list.recorded", {
                  date: formatDateTime(c.createdAt, locale),
                  name: c.recordedByName,
                  method: t(`consents.method.${c.method}`),
                })}
              </p>
              {c.revokedAt ? (
                <p className="text-sm text-slate-800">
                  {t("consents.list.revoked", { date: formatDateTime(c.revokedAt, locale), name: c.revokedByName ?? "—" })}
                  {c.revokeReason ? ` ${t("consents.list.revokeReason", { reason: c.revokeReason })}` : null}
                </p>
              ) : null}
              {data.canRecord ? (
                <div className="mt-2">
                  <RevokeConsentControl
                    citizenId={data.citizen.id}
                    consentId={c.id}
                    version={c.version}
                    revocable={c.state === "ACTIVE" || c.state === "PENDING"}
                    label={t("consents.revoke.label", { date: formatDateTime(c.createdAt, locale) })}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {data.history.length > 0 ? (
        <details className="mt-5">
          <summary className="cursor-pointer font-semibold text-brand-700">{t("consents.history.heading")}</summary>
          <div className="mt-3">
            <HistoryTable t={t} locale={locale} entries={data.history} caption={t("consents.history.caption")} />
          </div>
        </details>
      ) : null}
    </Section>
  );
}
