import { orNotFound } from "@/lib/actions/or-not-found";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { getRuleSettings } from "@/lib/domain/rules/get-rule-settings";
import { formatDateTime, formatNumber } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { DK_PARAMETER_KEYS, DK_PARAMETER_RANGES, type DkParameterKey } from "@/lib/rules/dk";
import { Alert } from "@/components/ui/Alert";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table, Td } from "@/components/ui/Table";
import { RuleParametersForm } from "./_components/RuleParametersForm";
import { updateRuleParametersAction } from "./actions";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("rules.title") };
}

const isParameterKey = (k: string): k is DkParameterKey => (DK_PARAMETER_KEYS as readonly string[]).includes(k);

export default async function RuleParametersPage() {
  const actor = await requireActor();
  if (!can(actor, "admin.manage")) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const settings = await orNotFound(getRuleSettings(actor));
  const label = (k: string) => (isParameterKey(k) ? t(`rules.param.${k}`) : k);
  // Week-number parameters ("… by the end of week") read as "week 8", durations as "3 months".
  const withUnit = (k: DkParameterKey, v: number) =>
    k.endsWith("Week") ? formatNumber(v, locale) : `${formatNumber(v, locale)} ${t(`rules.unit.${DK_PARAMETER_RANGES[k].unit}`)}`;

  if (!settings.supported || !settings.active) {
    return (
      <>
        <PageHeader title={t("rules.title")} />
        <Alert>{t("rules.unsupported", { jurisdiction: settings.jurisdiction })}</Alert>
      </>
    );
  }
  const active = settings.active;
  return (
    <>
      <PageHeader title={t("rules.title")} intro={t("rules.intro")} />
      <Section id="current" title={t("rules.current.title")}>
        <p className="mb-3 text-sm text-slate-700">
          {t("rules.scope", { jurisdiction: settings.jurisdiction })}{" "}
          {active.createdAt
            ? t("rules.current.versionLine", { version: active.version, date: formatDateTime(active.createdAt, locale) })
            : t("rules.current.defaults")}
        </p>
        <Table caption={t("rules.current.caption")} hideCaption head={[t("rules.current.parameter"), t("rules.current.value")]}>
          {DK_PARAMETER_KEYS.map((k) => (
            <tr key={k}>
              <Td>{label(k)}</Td>
              <Td>{withUnit(k, active.parameters[k]!)}</Td>
            </tr>
          ))}
        </Table>
      </Section>
      <Section id="change" title={t("rules.form.title")}>
        <RuleParametersForm version={active.version} values={active.parameters} action={updateRuleParametersAction} />
      </Section>
      <Section id="history" title={t("rules.history.title")}>
        <Table
          caption={t("rules.history.caption")}
          hideCaption
          head={[
            t("rules.history.version"),
            t("rules.history.when"),
            t("rules.history.who"),
            t("rules.history.why"),
            t("rules.history.changes"),
          ]}
        >
          {settings.history.map((v) => (
            <tr key={v.id}>
              <Td>{formatNumber(v.version, locale)}</Td>
              <Td>{formatDateTime(v.createdAt, locale)}</Td>
              <Td>{v.createdByName ?? t("rules.history.system")}</Td>
              <Td>{v.note ?? "—"}</Td>
              <Td>
                {v.changes.length === 0 ? (
                  t("rules.history.initial")
                ) : (
                  <ul className="list-none space-y-1">
                    {v.changes.map((c) => (
                      <li key={c.key}>
                        {t("rules.history.change", {
                          label: label(c.key),
                          from: formatNumber(c.from, locale),
                          to: formatNumber(c.to, locale),
                        })}
                      </li>
                    ))}
                  </ul>
                )}
              </Td>
            </tr>
          ))}
        </Table>
      </Section>
    </>
  );
}
