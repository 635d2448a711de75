import { orNotFound } from "@/lib/actions/or-not-found";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getProgramme } from "@/lib/domain/programmes/get-programme";
import { programmeValues } from "@/lib/domain/programmes/history";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/format";
import { PageHeader } from "@/components/ui/PageHeader";
import { ProgrammeForm } from "../../_components/ProgrammeForm";
import { updateProgrammeAction } from "../../actions";
import { withPageMessages } from "@/components/layout/PageMessages";

async function load(programmeId: string) {
  const actor = await requireActor();
  return orNotFound(getProgramme(actor, programmeId));
}

export async function generateMetadata() {
  const t = await getT();
  return { title: t("programmes.edit") };
}

async function EditProgrammePage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const [p, t, locale] = await Promise.all([load(programmeId), getT(), getLocale()]);
  if (!p.canManage) notFound();
  return (
    <>
      <PageHeader title={t("programmes.form.editTitle", { name: p.name })} />
      <ProgrammeForm
        mode="edit"
        action={updateProgrammeAction}
        cancelHref={`/programmes/${p.id}`}
        initial={{
          programmeId: p.id,
          version: p.version,
          ...programmeValues(p),
          hoursPerWeek: formatNumber(p.hoursPerWeek, locale, 1),
          criteria: p.criteria.map((c) => ({ id: c.id, text: c.text, required: c.required })),
        }}
      />
    </>
  );
}

export default withPageMessages("/programmes/[programmeId]/edit", EditProgrammePage);
