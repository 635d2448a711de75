"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions/run-action";
import type { ActionState } from "@/lib/validation/form";
import { ZCreateCitizen } from "@/lib/validation/citizens";
import { createCitizen } from "@/lib/domain/citizens/create-citizen";
import { requireActor } from "@/lib/auth/session";
import { filterUrl } from "@/lib/actions/filter-url";
import { SEARCH_ID_PARAM, storePrivateSearch } from "@/lib/actions/private-search";

/** The citizen search posts here (issue 8 item 9): the name or CPR number goes into the private search cookie, never into the URL. */
export async function searchCitizensAction(fd: FormData): Promise<void> {
  const actor = await requireActor();
  const q = fd.get("q");
  const searchId = await storePrivateSearch(actor, "citizens", typeof q === "string" ? q : "");
  redirect(filterUrl("/citizens", fd, [], { [SEARCH_ID_PARAM]: searchId }));
}

export async function createCitizenAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const r = await runAction(ZCreateCitizen, fd, (actor, data) => createCitizen(actor, data));
  if (r.ok && r.data) {
    revalidatePath("/citizens");
    redirect(`/citizens/${r.data.id}?created=1`);
  }
  return r;
}
