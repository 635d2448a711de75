import { orNotFound } from "@/lib/actions/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { listStartedReferralsWithoutPlan } from "@/lib/domain/rehab/list-plan-sources";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDay } from "@/lib/format";
import { today } from "@/lib/clock";
import { isoDay } from "@/lib/time";
import { PageHeader } from "@/components/ui/PageHeader";
import { NewPlanForm } from "./NewPlanForm";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("rehab.new.title") };
}

async function NewRehabPlanPage({ searchParams }: { searchParams: Promise<{ referralId?: string }> }) {
  const actor = await requireActor();
  const { referralId } = await searchParams;
  const referrals = await orNotFound(listStartedReferralsWithoutPlan(actor));
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const preselected = referrals.some((r) => r.id === referralId) ? referralId! : "";
  const options = referrals.map((r) => ({
    value: r.id,
    label: `${t("rehab.new.referralOption", { name: r.citizenName, programme: r.programmeName })}${r.startedAt ? ` (${formatDay(r.startedAt, locale)})` : ""}`,
  }));
  return (
    <>
      <PageHeader title={t("rehab.new.title")} intro={t("rehab.new.intro")} />
      <div className="mb-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <NewPlanForm referrals={options} preselectedReferralId={preselected} today={isoDay(today())} />
      </div>
    </>
  );
}

export default withPageMessages("/rehab/new", NewRehabPlanPage);
