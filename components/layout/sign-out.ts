// Sign-out without the next-auth/react client (≈14 KB gzipped on every page; issue 10, ADR 0020):
// the same two requests next-auth's signOut() makes — the CSRF token, then a POST to the sign-out
// endpoint, which ends the server session (ADR 0004) — and then the browser goes to the answer's URL.

/** Signs out through next-auth's endpoint and navigates to `callbackUrl` (or the URL it returns). */
export async function signOutTo(callbackUrl: string): Promise<void> {
  try {
    const { csrfToken } = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken: string };
    const res = await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
    });
    const data = (await res.json().catch(() => ({}))) as { url?: string };
    window.location.href = data.url ?? callbackUrl;
  } catch {
    window.location.href = callbackUrl;
  }
}
