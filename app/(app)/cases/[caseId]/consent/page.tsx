// Case tab "Samtykke": the consent panel of the case's citizen (recording and revoking from the case).
import { loadCase } from "../load-case";
import { CitizenConsentSection } from "../../../consents/_components/CitizenConsentSection";
import { withPageMessages } from "@/components/layout/PageMessages";
import { caseTabMetadata } from "../case-title";

export const dynamic = "force-dynamic";

export const generateMetadata = caseTabMetadata("consents.link");

async function CaseConsentTab({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const c = await loadCase(caseId);
  return <CitizenConsentSection citizenId={c.citizen.id} />;
}

export default withPageMessages("/cases/[caseId]/consent", CaseConsentTab);
