"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions/run-action";
import type { ActionState } from "@/lib/validation/form";
import { ZCorrectCitizen, ZVoidCitizen } from "@/lib/validation/citizens";
import { ZOpenCase } from "@/lib/validation/cases";
import { correctCitizen } from "@/lib/domain/citizens/correct-citizen";
import { voidCitizen } from "@/lib/domain/citizens/void-citizen";
import { openCase } from "@/lib/domain/cases/open-case";
import { requireActor } from "@/lib/auth/session";
import { filterUrl } from "@/lib/actions/filter-url";
import { uuidField } from "@/lib/validation/fields";

/** The access report's period form posts here (issue 8 item 9); the period (two days) stays in the URL. */
export async function accessReportPeriodAction(fd: FormData): Promise<void> {
  await requireActor();
  const id = uuidField.safeParse(fd.get("citizenId"));
  redirect(id.success ? filterUrl(`/citizens/${id.data}/access-report`, fd, ["from", "to"]) : "/citizens");
}

export async function correctCitizenAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const r = await runAction(ZCorrectCitizen, fd, (actor, data) => correctCitizen(actor, data), "citizens.correct.success");
  if (r.ok) {
    revalidatePath("/citizens", "layout");
    revalidatePath("/cases", "layout");
  }
  return r;
}

export async function voidCitizenAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const r = await runAction(ZVoidCitizen, fd, (actor, data) => voidCitizen(actor, data));
  if (r.ok) {
    revalidatePath("/citizens", "layout");
    redirect("/citizens");
  }
  return r;
}

export async function openCaseAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const r = await runAction(ZOpenCase, fd, (actor, data) => openCase(actor, data));
  if (r.ok && r.data) {
    revalidatePath("/cases", "layout");
    revalidatePath("/citizens", "layout");
    redirect(`/cases/${r.data.id}`);
  }
  return r;
}
