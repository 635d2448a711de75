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
