import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/PageHeader";
import { ProgrammeForm } from "../_components/ProgrammeForm";
import { createProgrammeAction } from "../actions";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("programmes.form.createTitle") };
}

async function NewProgrammePage() {
  const actor = await requireActor();
  if (!can(actor, "programme.manage")) notFound();
  const t = await getT();
  return (
    <>
      <PageHeader title={t("programmes.form.createTitle")} />
      <ProgrammeForm
        mode="create"
        action={createProgrammeAction}
        cancelHref="/programmes"
        initial={{
          name: "",
          description: "",
          targetGroup: "",
          format: "GROUP",
          rollingAdmission: false,
          weeks: "",
          hoursPerWeek: "",
          capacity: "",
          priceDkk: "",
          conditionTags: [],
          active: true,
          criteria: [],
        }}
      />
    </>
  );
}

export default withPageMessages("/programmes/new", NewProgrammePage);
