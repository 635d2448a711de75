import { orNotFound } from "@/lib/actions/or-not-found";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getProgramme } from "@/lib/domain/programmes/get-programme";
import { getLocale, getT, type T } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/messages";
import { formatDateTime, formatDkk, formatNumber, formatPercent } from "@/lib/format";
import { capacityUse, freePlaces } from "@/lib/referrals/capacity";
import { isConditionTag } from "@/lib/referrals/condition-tags";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { DescriptionList } from "@/components/ui/DescriptionList";
import { Table, Td } from "@/components/ui/Table";
import { Badge } from "@/components/ui/Badge";
import { buttonClass } from "@/components/ui/Button";
import { withPageMessages } from "@/components/layout/PageMessages";

async function load(programmeId: string) {
  const actor = await requireActor();
  return orNotFound(getProgramme(actor, programmeId));
}

export async function generateMetadata() {
  const t = await getT();
  return { title: t("programmes.title") };
}

type HistoryValue = string | number | boolean | null | string[];

/** A history value in words: enums and tags translated, numbers and booleans formatted. */
function showValue(field: string, v: HistoryValue, t: T, locale: Locale): string {
  if (v === null || v === "" || (Array.isArray(v) && v.length === 0)) return t("programmes.history.emptyValue");
  if (Array.isArray(v)) return v.map((x) => (field === "conditionTags" && isConditionTag(x) ? t(`programmes.tags.${x}`) : x)).join("; ");
  if (typeof v === "boolean") return v ? t("common.yes") : t("common.no");
  if (field === "priceDkk" && typeof v === "number") return formatDkk(v, locale);
  if (typeof v === "number") return formatNumber(v, locale, 1);
  if (field === "format") return t(`programmes.format.${v}` as never);
  return v;
}

async function ProgrammePage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const [p, t, locale] = await Promise.all([load(programmeId), getT(), getLocale()]);
  return (
    <>
      <BackLink href="/programmes">{t("programmes.backToList")}</BackLink>
      <PageHeader
        title={p.name}
        intro={p.description}
        actions={
          p.canManage ? (
            <Link prefetch={false} href={`/programmes/${p.id}/edit`} className={buttonClass("secondary")}>
              {t("programmes.edit")}
            </Link>
          ) : undefined
        }
      />
      <Section id="facts" title={t("programmes.detail.factsHeading")}>
        <DescriptionList
          items={[
            {
              term: t("programmes.table.status"),
              value: p.active ? <Badge tone="success">{t("programmes.active")}</Badge> : <Badge>{t("programmes.inactive")}</Badge>,
            },
            { term: t("programmes.fields.targetGroup"), value: p.targetGroup },
            {
              term: t("programmes.fields.format"),
              value: `${t(`programmes.format.${p.format}`)} · ${p.rollingAdmission ? t("programmes.rollingAdmissionYes") : t("programmes.rollingAdmissionNo")}`,
            },
            {
              term: t("programmes.detail.length"),
              value: `${t("programmes.detail.weeksValue", { weeks: p.weeks })} · ${t("programmes.detail.hoursValue", { hours: formatNumber(p.hoursPerWeek, locale, 1) })}`,
            },
            { term: t("programmes.detail.price"), value: formatDkk(p.priceDkk, locale) },
            {
              term: t("programmes.fields.conditionTags"),
              value: p.conditionTags.map((tag) => (isConditionTag(tag) ? t(`programmes.tags.${tag}`) : tag)).join(", "),
            },
            { term: t("programmes.fields.department"), value: p.department.name },
            { term: t("programmes.detail.version"), value: formatNumber(p.version, locale) },
          ]}
        />
      </Section>
      <Section id="capacity" title={t("programmes.detail.capacityHeading")}>
        <DescriptionList
          items={[
            {
              term: t("programmes.detail.placesInUse"),
              value: t("programmes.detail.placesInUseValue", {
                started: p.startedCount,
                capacity: p.capacity,
                percent: formatPercent(capacityUse(p.capacity, p.startedCount), locale),
              }),
            },
            { term: t("programmes.detail.freePlaces"), value: formatNumber(freePlaces(p.capacity, p.startedCount), locale) },
            { term: t("programmes.detail.waitlistLength"), value: formatNumber(p.waitlistCount, locale) },
          ]}
        />
      </Section>
      <Section id="criteria" title={t("programmes.detail.criteriaHeading")}>
        <p className="mb-3 text-sm text-slate-700">{t("programmes.detail.criteriaIntro")}</p>
        {p.criteria.length === 0 ? (
          <p>{t("programmes.detail.noCriteria")}</p>
        ) : (
          <ol className="list-decimal space-y-2 pl-6">
            {p.criteria.map((c) => (
              <li key={c.id}>
                {c.text}{" "}
                {c.required ? (
                  <Badge tone="warning">{t("programmes.detail.required")}</Badge>
                ) : (
                  <Badge>{t("programmes.detail.optional")}</Badge>
                )}
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section id="history" title={t("programmes.history.heading")}>
        {p.history.length === 0 ? (
          <p>{t("programmes.history.empty")}</p>
        ) : (
          <Table
            caption={t("programmes.history.caption")}
            hideCaption
            head={[
              t("programmes.history.when"),
              t("programmes.history.version"),
              t("programmes.history.who"),
              t("programmes.history.what"),
              t("programmes.history.reason"),
            ]}
          >
            {p.history.map((h) => (
              <tr key={h.id}>
                <Td>{formatDateTime(h.changedAt, locale)}</Td>
                <Td>
                  {formatNumber(h.version, locale)}
                  <div className="text-xs text-slate-700">
                    {t(`programmes.history.action.${h.action === "CREATE" ? "CREATE" : "CORRECT"}`)}
                  </div>
                </Td>
                <Td>{h.changedByName}</Td>
                <Td>
                  <ul className="space-y-1">
                    {Object.entries(h.changes).map(([field, change]) => (
                      <li key={field}>
                        <span className="font-medium">{t(`programmes.fields.${field}` as never)}</span>
                        {": "}
                        {h.action === "CREATE"
                          ? showValue(field, change.to, t, locale)
                          : `${showValue(field, change.from, t, locale)} → ${showValue(field, change.to, t, locale)}`}
                      </li>
                    ))}
                  </ul>
                </Td>
                <Td>{h.reason}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>
    </>
  );
}

export default withPageMessages("/programmes/[programmeId]", ProgrammePage);
