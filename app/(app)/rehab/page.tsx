import { orNotFound } from "@/lib/actions/or-not-found";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { listMyRehabPlans } from "@/lib/domain/rehab/list-my-rehab-plans";
import { listStartedReferralsWithoutPlan } from "@/lib/domain/rehab/list-plan-sources";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDay, formatPercent } from "@/lib/format";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table, Td } from "@/components/ui/Table";
import { Badge } from "@/components/ui/Badge";
import { buttonClass } from "@/components/ui/Button";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("rehab.list.title") };
}

async function load() {
  const actor = await requireActor();
  return orNotFound(Promise.all([listMyRehabPlans(actor), listStartedReferralsWithoutPlan(actor)]));
}

async function RehabListPage() {
  const [[plans, referrals], t, locale] = await Promise.all([load(), getT(), getLocale()]);
  return (
    <>
      <PageHeader
        title={t("rehab.list.title")}
        intro={t("rehab.list.intro")}
        actions={
          <Link prefetch={false} href="/rehab/new" className={buttonClass("primary")}>
            {t("rehab.list.newPlan")}
          </Link>
        }
      />
      <Section id="plans" title={t("rehab.list.caption")}>
        {plans.length === 0 ? (
          <p>{t("rehab.list.empty")}</p>
        ) : (
          <Table
            caption={t("rehab.list.caption")}
            hideCaption
            head={[
              t("rehab.list.citizen"),
              t("rehab.list.condition"),
              t("rehab.list.start"),
              t("rehab.list.source"),
              t("rehab.list.goals"),
              t("rehab.list.exercises"),
              t("rehab.list.adherence"),
              t("rehab.list.lastNote"),
            ]}
          >
            {plans.map((p) => (
              <tr key={p.id}>
                <Td>
                  <Link prefetch={false} href={`/rehab/${p.id}`}>
                    {p.citizenName}
                  </Link>
                </Td>
                <Td>
                  {p.condition} <span className="text-slate-600">({t(`rehab.bodyRegion.${p.bodyRegion as "BACK"}`)})</span>
                </Td>
                <Td className="whitespace-nowrap">{formatDay(p.startOn, locale)}</Td>
                <Td>{p.fromReferral ? t("rehab.list.sourceReferral") : t("rehab.list.sourceHospital")}</Td>
                <Td>{t("rehab.list.goalsValue", { achieved: p.goalsAchieved, total: p.goals })}</Td>
                <Td>{p.activeExercises}</Td>
                <Td>{p.adherenceRate === null ? "—" : formatPercent(p.adherenceRate, locale)}</Td>
                <Td className="whitespace-nowrap">{p.lastNoteOn ? formatDay(p.lastNoteOn, locale) : "—"}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>
      <Section id="started-referrals" title={t("rehab.list.startedReferrals")}>
        <p className="mb-3 text-sm text-slate-700">{t("rehab.list.startedReferralsIntro")}</p>
        {referrals.length === 0 ? (
          <p>{t("rehab.list.noStartedReferrals")}</p>
        ) : (
          <Table
            caption={t("rehab.list.referralCaption")}
            hideCaption
            head={[t("rehab.list.citizen"), t("rehab.list.programme"), t("rehab.list.startedAt"), t("rehab.goals.actions")]}
          >
            {referrals.map((r) => (
              <tr key={r.id}>
                <Td>
                  {r.citizenName} {r.assignedToMe ? <Badge tone="info">{t("rehab.list.assignedToMe")}</Badge> : null}
                </Td>
                <Td>{r.programmeName}</Td>
                <Td className="whitespace-nowrap">{r.startedAt ? formatDay(r.startedAt, locale) : "—"}</Td>
                <Td>
                  <Link prefetch={false} href={`/rehab/new?referralId=${r.id}`}>
                    {t("rehab.list.createFromReferral", { name: r.citizenName })}
                  </Link>
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>
    </>
  );
}

export default withPageMessages("/rehab", RehabListPage);
