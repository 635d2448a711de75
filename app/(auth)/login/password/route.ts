// POST /login/password: the login form's target when the browser runs no JavaScript (walk4 item 1).
// Answers 303 to the page asked for (or the start page) with the session cookie, or back to
// /login?error=… where the page shows the same message as the script path. A field left empty comes
// back as `&missing=email,password` and the e-mail typed as `&email=…` (bounded; never the
// password), so the page marks the fields and keeps the address (review6 item 6).
import { passwordSignIn } from "@/lib/auth/password-sign-in";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { LOGIN_EMAIL_MAX } from "@/lib/auth/login-fields";

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
  const back = (error: string, more = "") =>
    see(`/login?error=${error}${callback ? `&callbackUrl=${encodeURIComponent(callback)}` : ""}${more}`);
  const email = field("email").trim();
  const password = field("password");
  if (!email || !password) {
    const missing = [!email && "email", !password && "password"].filter(Boolean).join(",");
    const typed = email && email.length <= LOGIN_EMAIL_MAX ? `&email=${encodeURIComponent(email)}` : "";
    return back("Required", `&missing=${missing}${typed}`);
  }
  if (email.length > LOGIN_EMAIL_MAX || password.length > 1024) return back("CredentialsSignin");
  const result = await passwordSignIn(email, password, Object.fromEntries(request.headers));
  return result.ok ? see(callback ?? "/", result.setCookies) : back("CredentialsSignin");
}
