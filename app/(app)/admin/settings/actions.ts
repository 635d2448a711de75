"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { updateOrganisation } from "@/lib/domain/settings/update-organisation";
import { updateSettings } from "@/lib/domain/settings/update-settings";
import type { ActionState } from "@/lib/validation/form";
import { ZUpdateOrganisation, ZUpdateSettings, type TUpdateSettings } from "@/lib/validation/admin";

export async function updateOrganisationAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const r = await runAction(ZUpdateOrganisation, fd, (actor, data) => updateOrganisation(actor, data), "settings.organisation.saved");
  if (r.ok) revalidatePath("/admin/settings");
  return r;
}

export async function updateSettingsAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const r = await runAction(
    ZUpdateSettings,
    fd,
    (actor, data) => updateSettings(actor, data as TUpdateSettings),
    "settings.thresholds.saved",
  );
  if (r.ok) revalidatePath("/admin/settings");
  return r;
}
