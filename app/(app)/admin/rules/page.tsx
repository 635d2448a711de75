// The deadline rules for the administrator (ADR 0006, issue 8 item 14, issue 15): the dated versions
// of the ruleset with the one in force today, its parameters, a form for a future rule change (a
// new dated version), and the stored revisions with who, when and why.
import { orNotFound } from "@/lib/actions/or-not-found";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { getRuleSettings } from "@/lib/domain/rules/get-rule-settings";
import { formatDateTime, formatDay, formatNumber } from "@/lib/format";
import { getLocale, getT, type T } from "@/lib/i18n/server";
import { DK_2014_DEFAULTS, DK_2014_PARAMETER_KEYS, DK_2014_PARAMETER_RANGES, DK_PARAMETER_KEYS, DK_PARAMETER_RANGES } from "@/lib/rules/dk";
import { Alert } from "@/components/ui/Alert";
import { Badge } from "@/components/ui/Badge";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table, Td } from "@/components/ui/Table";
import { RuleVersionForm } from "./_components/RuleVersionForm";
import { addRuleVersionAction } from "./actions";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("rules.title") };
}

const RANGES: Record<string, { unit: string }> = { ...DK_PARAMETER_RANGES, ...DK_2014_PARAMETER_RANGES };

function label(t: T, k: string): string {
  const key = `rules.param.${k}`;
  return t.has(key as never) ? t(key as never) : k;
}

async function RuleParametersPage() {
  const actor = await requireActor();
  if (!can(actor, "admin.manage")) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const settings = await orNotFound(getRuleSettings(actor));
  // Week-number parameters ("… by the end of week") read as "week 8", switches as yes/no (walk9 item 4), durations with their unit.
  const withUnit = (k: string, v: number) => {
    const unit = RANGES[k]?.unit;
    if (unit === "switch") return v === 1 ? t("rules.versions.yes") : t("rules.versions.no");
    return k.endsWith("Week") || !unit ? formatNumber(v, locale) : `${formatNumber(v, locale)} ${t(`rules.unit.${unit as "weeks"}`)}`;
  };
  /** In the history's "from → to": a switch as yes/no, any other parameter as the bare number. */
  const switchOrNumber = (k: string, v: number) => (RANGES[k]?.unit === "switch" ? withUnit(k, v) : formatNumber(v, locale));
  const versionName = (v: { name: string; nameKey: string | null }) => {
    const key = v.nameKey ? `rules.version.${v.nameKey}` : null;
    return key && t.has(key as never) ? t(key as never) : v.name;
  };

  if (!settings.supported || !settings.inForceParameters) {
    return (
      <>
        <PageHeader title={t("rules.title")} />
        <Alert>{t("rules.unsupported", { jurisdiction: settings.jurisdiction })}</Alert>
      </>
    );
  }
  const params = settings.inForceParameters;
  const is2014 = params.model === 2014;
  const keys: readonly string[] = is2014 ? DK_2014_PARAMETER_KEYS : DK_PARAMETER_KEYS;
  const inForce = settings.versions.find((v) => v.inForce)!;
  const formValues: Record<string, number> = is2014 ? params : { ...DK_2014_DEFAULTS };
  return (
    <>
      <PageHeader title={t("rules.title")} intro={t("rules.versions.intro")} />
      <Section id="versions" title={t("rules.versions.title")}>
        <p className="mb-3 text-sm text-slate-700">{t("rules.scope", { jurisdiction: settings.jurisdiction })}</p>
        <Table
          caption={t("rules.versions.caption")}
          hideCaption
          head={[
            t("rules.versions.name"),
            t("rules.versions.from"),
            t("rules.versions.transition"),
            t("rules.versions.references"),
            t("rules.versions.entered"),
          ]}
        >
          {settings.versions.map((v) => (
            <tr key={v.key}>
              <Td>
                <span className="font-medium">{versionName(v)}</span>{" "}
                {v.inForce ? <Badge tone="success">{t("rules.versions.inForce")}</Badge> : null}
                {v.upcoming ? <Badge tone="info">{t("rules.versions.upcoming")}</Badge> : null}
              </Td>
              <Td className="whitespace-nowrap">{v.effectiveFrom ? formatDay(v.effectiveFrom, locale) : t("rules.versions.beginning")}</Td>
              <Td>{t(`rules.versions.transitionOption.${v.transition === "NEW_PERIODS" ? "NEW_PERIODS" : "RUNNING_CASES"}`)}</Td>
              <Td>
                <ul className="list-disc pl-5 text-sm">
                  {v.legalReferences.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </Td>
              <Td className="text-sm">
                {v.createdAt
                  ? `${v.createdByName ?? t("rules.history.system")}, ${formatDateTime(v.createdAt, locale)}`
                  : t("rules.versions.builtIn")}
                {v.note ? <span className="block text-slate-700">{v.note}</span> : null}
              </Td>
            </tr>
          ))}
        </Table>
      </Section>
      <Section id="current" title={t("rules.current.title")}>
        <p className="mb-3 text-sm text-slate-700">{t("rules.versions.inForceLine", { name: versionName(inForce) })}</p>
        <Table caption={t("rules.current.caption")} hideCaption head={[t("rules.current.parameter"), t("rules.current.value")]}>
          {keys.map((k) => (
            <tr key={k}>
              <Td>{label(t, k)}</Td>
              <Td>{withUnit(k, params[k]!)}</Td>
            </tr>
          ))}
        </Table>
      </Section>
      <Section id="add-version" title={t("rules.versions.formTitle")}>
        <RuleVersionForm count={settings.versions.length} values={formValues} action={addRuleVersionAction} />
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
                          label: label(t, c.key),
                          from: switchOrNumber(c.key, c.from),
                          to: switchOrNumber(c.key, c.to),
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

export default withPageMessages("/admin/rules", RuleParametersPage);
