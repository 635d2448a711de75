// Search text that may be personal data (a CPR number, a name) never goes into a URL (issue 8 item
// 9): the search form posts to a server action, which keeps the text in a short-lived, HttpOnly,
// encrypted, per-session cookie and redirects to the list with only a random search id in the URL.
// The page applies the stored text only when the URL's search id matches, the cookie belongs to
// the same server session and is younger than SEARCH_TTL_MINUTES; so the address bar, the server's
// request log and the browser history hold the id, never the text.
import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/auth/policy";

export const SEARCH_COOKIE = "samspil-search";
/** URL parameter naming the stored search (random; carries no text). */
export const SEARCH_ID_PARAM = "search";
export const SEARCH_TTL_MINUTES = 30;

type Stored = { id: string; list: string; q: string; session: string; at: number };

const key = () => createHash("sha256").update(`samspil-private-search:${env.authSecret}`).digest();
const sessionTag = (actor: Actor) => createHash("sha256").update(`search:${actor.sessionId}`).digest("base64url").slice(0, 22);

function seal(v: Stored): string {
  const iv = randomBytes(12);
  const c = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([c.update(JSON.stringify(v), "utf8"), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]).toString("base64url");
}

function open(sealed: string): Stored | null {
  try {
    const raw = Buffer.from(sealed, "base64url");
    const d = createDecipheriv("aes-256-gcm", key(), raw.subarray(0, 12));
    d.setAuthTag(raw.subarray(12, 28));
    const v = JSON.parse(Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString("utf8")) as Stored;
    return typeof v?.q === "string" && typeof v.id === "string" ? v : null;
  } catch {
    return null;
  }
}

/**
 * Keeps `q` (trimmed; empty clears) as the private search of `list` (e.g. "cases", "citizens") and
 * returns the search id to put in the URL, or null when there is nothing to search for.
 * Only from a server action (it sets a cookie).
 */
export async function storePrivateSearch(actor: Actor, list: string, q: string): Promise<string | null> {
  const jar = await cookies();
  const text = q.trim();
  if (!text) {
    jar.delete(SEARCH_COOKIE);
    return null;
  }
  const id = randomBytes(9).toString("base64url");
  jar.set(SEARCH_COOKIE, seal({ id, list, q: text, session: sessionTag(actor), at: Date.now() }), {
    httpOnly: true,
    sameSite: "strict",
    secure: env.publicUrl.startsWith("https:"),
    path: "/",
    maxAge: SEARCH_TTL_MINUTES * 60,
  });
  return id;
}

/** The stored search text of `list` for the search id of the URL, or undefined (none, another session, expired). */
export async function readPrivateSearch(actor: Actor, list: string, searchId: string | undefined): Promise<string | undefined> {
  if (!searchId) return undefined;
  const v = open((await cookies()).get(SEARCH_COOKIE)?.value ?? "");
  if (!v || v.id !== searchId || v.list !== list || v.session !== sessionTag(actor)) return undefined;
  if (Date.now() - v.at > SEARCH_TTL_MINUTES * 60_000) return undefined;
  return v.q;
}
