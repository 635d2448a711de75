import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/PageHeader";
import { CreateCitizenForm } from "../_components/CitizenForms";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("citizens.create.title") };
}

async function NewCitizenPage() {
  const actor = await requireActor();
  if (!can(actor, "citizen.create")) notFound();
  const t = await getT();
  return (
    <>
      <PageHeader title={t("citizens.create.title")} intro={t("citizens.create.intro")} />
      <div className="max-w-4xl rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <CreateCitizenForm />
      </div>
    </>
  );
}

export default withPageMessages("/citizens/new", NewCitizenPage);
