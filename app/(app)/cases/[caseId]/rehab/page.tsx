// Case tab "Genoptræning": the health center's work for the case's citizen, read-only (issue 9):
// rehab plans, goals, home programme with adherence, progress notes with the score trend. For the
// jobcenter this is the other department's record, shown only under the citizen's
// HEALTH_TO_JOBCENTER consent (decided by the policy in the query) and marked with that consent;
// without it the page says only that no consent is registered. Never cached (NoClientCache, proxy.ts).
import Link from "next/link";
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { getRehabForJobcenter } from "@/lib/domain/rehab/get-rehab-for-jobcenter";
import { getLocale, getT } from "@/lib/i18n/server";
import { Section } from "@/components/ui/Section";
import { Alert } from "@/components/ui/Alert";
import { OtherSideBanner } from "../../../consents/_components/OtherSideBanner";
import { NoClientCache } from "../../../consents/_components/NoClientCache";
import { stoppedText } from "../../../consents/_components/consent-text";
import { HealthPlanReadOnly } from "./_components/HealthPlanReadOnly";
import { withPageMessages } from "@/components/layout/PageMessages";
import { caseTabMetadata } from "../case-title";

export const dynamic = "force-dynamic";

export const generateMetadata = caseTabMetadata("cases.tabs.rehab");

async function load(caseId: string) {
  const actor = await requireActor();
  return orNotFound(getRehabForJobcenter(actor, caseId));
}

async function CaseRehabTab({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const [view, t, locale] = await Promise.all([load(caseId), getT(), getLocale()]);
  return (
    <Section id="rehab" title={t("rehab.caseTab.heading")}>
      <NoClientCache />
      {view.crossDepartment && !view.consent ? (
        <Alert>
          {view.stopped ? stoppedText(t, locale, view.stopped, "otherSide") : t("consents.otherSide.noConsent")}{" "}
          <Link href={`/cases/${view.caseId}/consent`} prefetch={false}>
            {t("consents.manageLink")}
          </Link>
        </Alert>
      ) : (
        <>
          {view.consent ? <OtherSideBanner t={t} locale={locale} owner="HEALTH_CENTER" consent={view.consent} /> : null}
          {view.plans.length === 0 ? <p>{t("consents.healthRecord.none")}</p> : null}
          {view.plans.map((p) => (
            <div key={p.id}>
              <HealthPlanReadOnly t={t} locale={locale} plan={p} />
              {!view.crossDepartment ? (
                <p className="mb-4 text-sm">
                  <Link href={`/rehab/${p.id}`} prefetch={false}>
                    {t("rehab.caseTab.openPlan")}
                  </Link>
                </p>
              ) : null}
            </div>
          ))}
        </>
      )}
    </Section>
  );
}

export default withPageMessages("/cases/[caseId]/rehab", CaseRehabTab);
