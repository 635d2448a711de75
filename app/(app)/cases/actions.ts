"use server";
// My cases' filter form posts here (issue 8 item 9): the filters go into the URL (bookmarkable, no
// personal data), the free-text search (a name or CPR number) into the private search cookie.
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { filterUrl } from "@/lib/actions/filter-url";
import { SEARCH_ID_PARAM, storePrivateSearch } from "@/lib/actions/private-search";

export async function filterMyCasesAction(fd: FormData): Promise<void> {
  const actor = await requireActor();
  const q = fd.get("q");
  const searchId = await storePrivateSearch(actor, "cases", typeof q === "string" ? q : "");
  redirect(filterUrl("/cases", fd, ["status", "group", "state"], { [SEARCH_ID_PARAM]: searchId }));
}
