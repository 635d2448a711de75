"use server";
// The signed-in session's keep-alive (issue 8 item 2): "Stay signed in" in the idle warning, and
// the check on Back/Forward whether the session still exists. requireActor touches the server
// session (lastSeenAt), or redirects to the login page when it has ended.
import { getActor } from "@/lib/auth/session";

/** Whether the session is still alive; asking touches it (resets the idle limit). */
export async function keepSessionAliveAction(): Promise<{ alive: boolean }> {
  return { alive: (await getActor()) !== null };
}
