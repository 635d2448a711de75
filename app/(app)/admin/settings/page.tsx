import { notFound } from "next/navigation";
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { getOrganisationSettings } from "@/lib/domain/settings/get-organisation-settings";
import { formatNumber } from "@/lib/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { jurisdictions } from "@/lib/rules/registry";
import { isSettingKey } from "@/lib/settings/definitions";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { ChangeHistory } from "../_components/ChangeHistory";
import { OrganisationForm, ThresholdsForm } from "../_components/SettingsForms";
import { updateOrganisationAction, updateSettingsAction } from "./actions";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("settings.title") };
}

const ORG_FIELDS = new Set(["name", "jurisdiction", "aidMandateDkk"]);

async function SettingsPage() {
  const actor = await requireActor();
  if (!can(actor, "organisation.manage")) notFound();
  const [t, locale, s] = await Promise.all([getT(), getLocale(), orNotFound(getOrganisationSettings(actor))]);
  const label = (f: string) => (ORG_FIELDS.has(f) ? t(`settings.field.${f}` as never) : isSettingKey(f) ? t(`settings.keys.${f}`) : f);
  const value = (v: unknown) => (typeof v === "number" ? formatNumber(v, locale) : v === null || v === undefined ? "—" : String(v));
  return (
    <>
      <BackLink href="/admin">{t("admin.links.backToUsers")}</BackLink>
      <PageHeader title={t("settings.title")} intro={t("settings.intro")} />
      <Section id="organisation" title={t("settings.organisation.title")}>
        <OrganisationForm organisation={s.organisation} jurisdictions={jurisdictions()} action={updateOrganisationAction} />
      </Section>
      <Section id="thresholds" title={t("settings.thresholds.title")}>
        <p className="mb-3 text-sm text-slate-700">{t("settings.thresholds.intro")}</p>
        <ThresholdsForm settings={s.settings} action={updateSettingsAction} />
      </Section>
      <Section id="history" title={t("settings.history.title")}>
        <ChangeHistory
          rows={s.history}
          locale={locale}
          empty={t("settings.history.empty")}
          caption={t("settings.history.caption")}
          head={[t("settings.history.when"), t("settings.history.who"), t("settings.history.what"), t("settings.history.why")]}
          what={(h) => (
            <ul className="list-none space-y-1">
              {Object.entries(h.changes).map(([f, c]) => (
                <li key={f}>{t("settings.history.change", { field: label(f), from: value(c.from), to: value(c.to) })}</li>
              ))}
            </ul>
          )}
        />
      </Section>
    </>
  );
}

export default withPageMessages("/admin/settings", SettingsPage);
