// The jobcenter's case, read-only, for the health center (issue 9 "Read-only views"): reached from
// the rehab plan, the referral and the health center's start page. The case is found only under
// the citizen's JOBCENTER_TO_HEALTH consent and a working relationship (the policy decides it in the
// query); otherwise this is a 404 exactly like a missing case. Marked as the jobcenter's record with
// the consent it is shown under, and never cached (NoClientCache, proxy.ts).
import Link from "next/link";
import { cache } from "react";
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { getCaseForHealthCenter } from "@/lib/domain/cases/get-case-for-health-center";
import { getLocale, getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/PageHeader";
import { OtherSideBanner } from "../../../consents/_components/OtherSideBanner";
import { NoClientCache } from "../../../consents/_components/NoClientCache";
import { JobcenterCaseReadOnly } from "./_components/JobcenterCaseReadOnly";
import { withPageMessages } from "@/components/layout/PageMessages";

export const dynamic = "force-dynamic";

/**
 * The case of this request, read once for the title and the page (React's per-request cache): one
 * scoped read and one access-log row per view. Out of scope: the 404 page, with its title.
 */
const load = cache(async (caseId: string) => {
  const actor = await requireActor();
  return orNotFound(getCaseForHealthCenter(actor, caseId));
});

/** "Gitte Petersen · Jobcentrets sag · Samspil". */
export async function generateMetadata({ params }: { params: Promise<{ caseId: string }> }) {
  const [c, t] = await Promise.all([load((await params).caseId), getT()]);
  return { title: t("consents.healthCase.pageTitle", { name: c.citizen.name }) };
}

async function HealthCaseView({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const [c, t, locale] = await Promise.all([load(caseId), getT(), getLocale()]);
  return (
    <>
      <NoClientCache />
      <PageHeader
        title={t("consents.healthCase.title", { name: c.citizen.name })}
        actions={
          <Link href={`/consents/${c.citizenId}`} prefetch={false}>
            {t("consents.manageLink")}
          </Link>
        }
      />
      <OtherSideBanner t={t} locale={locale} owner="JOBCENTER" consent={c.consent} />
      <JobcenterCaseReadOnly t={t} locale={locale} c={c} />
    </>
  );
}

export default withPageMessages("/health/cases/[caseId]", HealthCaseView);
