// Security headers for every response, with a per-request nonce-based Content-Security-Policy:
// scripts run only with the nonce (no 'unsafe-inline'), Next.js reads the nonce from the
// request header and puts it on its own scripts.
import { NextResponse, type NextRequest } from "next/server";

/**
 * Pages (and their client-navigation payloads) that show another department's records under the
 * citizen's consent, or can: sent with Cache-Control: no-store so that no browser or proxy cache
 * keeps them and a revoked consent applies on the next request (issue 9, docs/decisions/0010).
 */
export const OTHER_DEPARTMENT_VIEWS: readonly RegExp[] = [/^\/cases\/[^/]+(\/|$)/, /^\/health(\/|$)/, /^\/rehab\/[^/]+/, /^\/consents\//];

/**
 * Whether the request is a prefetch, not a person asking to see a page: the Next.js router's
 * prefetch headers (`next-router-prefetch`, `next-router-segment-prefetch`) or the browser's
 * speculative-loading headers (`Sec-Purpose: prefetch…`, legacy `Purpose: prefetch`).
 * Prefetches of pages are answered 204 without rendering, so nothing is rendered or written to the
 * access log for a page nobody opened (issue 8 item 3); the router then fetches on a real click.
 */
export function isPrefetchRequest(headers: Headers): boolean {
  if (headers.has("next-router-prefetch") || headers.has("next-router-segment-prefetch")) return true;
  const purpose = `${headers.get("sec-purpose") ?? ""} ${headers.get("purpose") ?? ""} ${headers.get("x-purpose") ?? ""}`.toLowerCase();
  return /\bprefetch\b/.test(purpose);
}

export function proxy(request: NextRequest) {
  if (isPrefetchRequest(request.headers) && !request.nextUrl.pathname.startsWith("/api/")) {
    return new NextResponse(null, { status: 204, headers: { "Cache-Control": "no-store, max-age=0" } });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV !== "production";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Recharts and Next's style injection set inline style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // The page asked for, so that a login redirect can bring the user back (lib/auth/session.ts; issue 8 item 2).
  requestHeaders.set("x-samspil-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  // same-origin, not no-referrer: with no-referrer the browser sends "Origin: null" on a form post,
  // and Next.js refuses a server action posted without JavaScript as cross-site (issue 8 item 9:
  // every form posts). Other origins still get no referrer; the app's URLs hold no personal data.
  response.headers.set("Referrer-Policy", "same-origin");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  response.headers.set("Cross-Origin-Opener-Policy", "same-origin");
  // No page is kept by the browser's or a proxy's cache (issue 8 item 2): after the session ends,
  // Back must not show a person page without asking the server. Static assets are not matched.
  if (OTHER_DEPARTMENT_VIEWS.some((re) => re.test(request.nextUrl.pathname)) || !request.nextUrl.pathname.startsWith("/api/auth/")) {
    response.headers.set("Cache-Control", "no-store, max-age=0");
  }
  if (request.nextUrl.protocol === "https:") response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

// /healthz (load balancers, the benchmark floor) is not matched: no session, no page, no headers to add.
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|healthz$).*)" }],
};
