// Where the login page sends the user back to (issue 8 item 2): only a path of this app, never
// another origin (no open redirect), never the login page itself or an API route. Pure.

/** `raw` if it is a safe same-origin path ("/cases/…"), else null. */
export function safeCallbackPath(raw: string | null | undefined): string | null {
  if (!raw || raw.length > 500) return null;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return null;
  // Control characters, backslashes and schemes hidden in the path are refused outright.
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, "http://samspil.invalid");
  } catch {
    return null;
  }
  if (url.origin !== "http://samspil.invalid") return null;
  // The parser resolves dot segments ("/.//evil", "/%2e//evil", "/a/..//evil" → "//evil"): a result that a
  // browser reads as protocol-relative (another host) is refused too (review6 item 1).
  if (url.pathname.startsWith("//") || url.pathname.startsWith("/\\")) return null;
  if (/^\/(login|api|set-password|_next)(\/|$)/.test(url.pathname)) return null;
  return `${url.pathname}${url.search}`;
}
