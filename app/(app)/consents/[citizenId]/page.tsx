// The citizen's consent page, for staff of either department who may see the citizen: the
// health center reaches it from the rehab plan and the referral (the jobcenter's register page is
// not theirs), the jobcenter also from the citizen page and the case.
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { getCitizenConsents } from "@/lib/domain/consents/get-citizen-consents";
import { getLocale, getT } from "@/lib/i18n/server";
import { today } from "@/lib/clock";
import { isoDay } from "@/lib/time";
import { PageHeader } from "@/components/ui/PageHeader";
import { ConsentPanel } from "../_components/ConsentPanel";
import { withPageMessages } from "@/components/layout/PageMessages";

// Consent decides access: always read it fresh.
export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("consents.title") };
}

async function ConsentPage({ params }: { params: Promise<{ citizenId: string }> }) {
  const { citizenId } = await params;
  const actor = await requireActor();
  const [data, t, locale] = await Promise.all([orNotFound(getCitizenConsents(actor, citizenId)), getT(), getLocale()]);
  return (
    <>
      <PageHeader title={t("consents.pageTitle", { name: data.citizen.name })} />
      <ConsentPanel t={t} locale={locale} data={data} todayIso={isoDay(today())} />
    </>
  );
}

export default withPageMessages("/consents/[citizenId]", ConsentPage);
