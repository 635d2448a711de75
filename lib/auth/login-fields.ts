// What the no-JavaScript sign-in (app/(auth)/login/password/route.ts) hands back to the login page
// after a refusal for empty fields: which fields were empty and the e-mail typed (never the
// password), so that the page marks the fields and keeps the address (review6 item 6).

/** The longest e-mail address accepted at sign-in (RFC 5321's path limit, 256, rounded up as before). */
export const LOGIN_EMAIL_MAX = 320;

/** The login form's fields that can be reported missing. */
export type LoginMissing = { email?: boolean; password?: boolean };

const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/**
 * Reads `?missing=email,password&email=…` of the login page. `missing` names only the two fields
 * (anything else is ignored); `email` is kept only when at most LOGIN_EMAIL_MAX characters and free
 * of control characters, trimmed. Both only with `error=Required` (the refusal that sets them).
 */
export function loginFieldsFromQuery(sp: { error?: string | string[]; missing?: string | string[]; email?: string | string[] }): {
  missing: LoginMissing;
  email: string | undefined;
} {
  if (one(sp.error) !== "Required") return { missing: {}, email: undefined };
  const names = new Set((one(sp.missing) ?? "").split(","));
  const email = one(sp.email)?.trim();
  // eslint-disable-next-line no-control-regex
  const usable = email && email.length <= LOGIN_EMAIL_MAX && !/[\u0000-\u001f\u007f]/.test(email) ? email : undefined;
  return { missing: { email: names.has("email") || undefined, password: names.has("password") || undefined }, email: usable };
}
