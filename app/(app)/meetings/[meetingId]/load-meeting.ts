// The meeting of this request, loaded once for the browser-tab title (generateMetadata) and the page:
// React's per-request cache means one scoped read and one access-log entry per page view (as loadCase).
import { cache } from "react";
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { getMeeting } from "@/lib/domain/meetings/get-meeting";

export const loadMeeting = cache(async (meetingId: string) => {
  const actor = await requireActor();
  return orNotFound(getMeeting(actor, meetingId));
});
