// The case of this request, loaded once for the layout (header) and the overview page: React's
// per-request cache means one scoped read and one access-log entry per page view.
import { orNotFound } from "@/lib/actions/or-not-found";
import { cache } from "react";
import { requireActor } from "@/lib/auth/session";
import { getCase } from "@/lib/domain/cases/get-case";

export const loadCase = cache(async (caseId: string) => {
  const actor = await requireActor();
  return orNotFound(getCase(actor, caseId));
});
