// POST /login/password: the login form's target when the browser runs no JavaScript (walk4 item 1).
// Answers 303 to the page asked for (or the start page) with the session cookie, or back to
// /login?error=… where the page shows the same message as the script path.
import { passwordSignIn } from "@/lib/auth/password-sign-in";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

const see = (location: string, setCookies: string[] = []): Response => {
  const headers = new Headers({ Location: location, "Cache-Control": "no-store" });
  for (const c of setCookies) headers.append("Set-Cookie", c);
  return new Response(null, { status: 303, headers });
};

/** Same-origin posts only (a cross-site form must not sign the browser in to someone's account). */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function POST(request: Request): Promise<Response> {
  if (!sameOrigin(request)) return new Response(null, { status: 403 });
  const form = await request.formData().catch(() => null);
  const field = (name: string) => {
    const v = form?.get(name);
    return typeof v === "string" ? v : "";
  };
  const callback = safeCallbackPath(field("callbackUrl"));
  const back = (error: string) => see(`/login?error=${error}${callback ? `&callbackUrl=${encodeURIComponent(callback)}` : ""}`);
  const email = field("email").trim();
  const password = field("password");
  if (!email || !password) return back("Required");
  if (email.length > 320 || password.length > 1024) return back("CredentialsSignin");
  const result = await passwordSignIn(email, password, Object.fromEntries(request.headers));
  return result.ok ? see(callback ?? "/", result.setCookies) : back("CredentialsSignin");
}
