// On the rehab plan and the referral: the way to the jobcenter's case (read-only) under the
// citizen's consent, or the plain statement that no consent is in force (revoked or ended on a day, or
// never registered), and the consent page.
// Showing the link is convenience only: the case view is decided by the policy in its own query.
import Link from "next/link";
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { getJobcenterAccess, type JobcenterAccessInput } from "@/lib/domain/consents/get-jobcenter-access";
import { getLocale, getT } from "@/lib/i18n/server";
import { Section } from "@/components/ui/Section";
import { shownUnderText, stoppedText } from "./consent-text";

export async function JobcenterCaseLinks({ from }: { from: JobcenterAccessInput }) {
  const actor = await requireActor();
  const [access, t, locale] = await Promise.all([orNotFound(getJobcenterAccess(actor, from)), getT(), getLocale()]);
  return (
    <Section id="jobcenter" title={t("consents.otherSide.heading")}>
      {access.consent ? (
        <>
          <p className="mb-2 text-sm text-slate-800">{shownUnderText(t, locale, access.consent)}</p>
          {access.caseId ? (
            <p className="mb-2">
              <Link href={`/health/cases/${access.caseId}`} prefetch={false}>
                {t("consents.otherSide.openCase")}
              </Link>
            </p>
          ) : null}
        </>
      ) : (
        <p className="mb-2">{access.stopped ? stoppedText(t, locale, access.stopped, "otherSide") : t("consents.otherSide.noConsent")}</p>
      )}
      <p className="text-sm">
        <Link href={`/consents/${access.citizenId}`} prefetch={false}>
          {t("consents.manageLink")}
        </Link>
      </p>
    </Section>
  );
}
