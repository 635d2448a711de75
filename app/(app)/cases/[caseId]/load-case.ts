// The case of this request, loaded once for the layout (header) and the overview page: React's
// per-request cache means one scoped read and one access-log entry per page view.
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getCase } from "@/lib/domain/cases/get-case";
import { NotFoundError } from "@/lib/domain/errors";

export const loadCase = cache(async (caseId: string) => {
  const actor = await requireActor();
  try {
    return await getCase(actor, caseId);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
});
