import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { homePathFor } from "@/lib/auth/policy";
import { getT } from "@/lib/i18n/server";
import { env } from "@/lib/env";
import { AuthPage } from "../_components/AuthPage";
import { LoginForm } from "./LoginForm";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { loginFieldsFromQuery } from "@/lib/auth/login-fields";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/demo-users";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("auth.title") };
}

const SSO_ERRORS = new Set(["SsoUnknown", "SsoUnverified", "SsoDisabled", "SsoNotAllowed"]);

/** The message for `?error=` (next-auth's error page is this page): SSO refusals get their own clear text. */
function errorKey(error: string | undefined): string | undefined {
  if (!error) return undefined;
  if (error === "CredentialsSignin") return "auth.failed";
  // The form posted without JavaScript with a field left empty (app/(auth)/login/password/route.ts).
  if (error === "Required") return "auth.required";
  return SSO_ERRORS.has(error) ? `auth.ssoErrors.${error}` : "auth.ssoErrors.other";
}

async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ expired?: string; error?: string; callbackUrl?: string | string[]; missing?: string; email?: string }>;
}) {
  const sp = await searchParams;
  // Back to the page the user was on when the session ended (issue 8 item 2): same-origin paths only.
  const callback = safeCallbackPath(Array.isArray(sp.callbackUrl) ? sp.callbackUrl[0] : sp.callbackUrl);
  const actor = await getActor();
  if (actor) redirect(callback ?? homePathFor(actor));
  const t = await getT();
  // After a no-JS post with a field left empty: the fields to mark and the e-mail typed (never the password).
  const typed = loginFieldsFromQuery(sp);
  return (
    <AuthPage
      title={t("auth.title")}
      after={
        env.showDemoUsers ? (
          <section aria-labelledby="demo-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-5 text-sm">
            <h2 id="demo-heading" className="mb-1 font-semibold">
              {t("auth.demoTitle")}
            </h2>
            <p className="mb-2 text-slate-700">{t("auth.demoIntro", { password: DEMO_PASSWORD })}</p>
            <ul className="space-y-1">
              {DEMO_USERS.map((u) => (
                <li key={u.email}>
                  <span className="font-medium">{t(`common.roles.${u.role}`)}</span>: <code>{u.email}</code>
                </li>
              ))}
            </ul>
          </section>
        ) : null
      }
    >
      <p className="mb-5 text-slate-700">{t("auth.intro")}</p>
      {sp.expired ? (
        <p role="status" className="mb-4 rounded-md border border-blue-300 bg-blue-50 px-4 py-3 text-sm text-blue-900">
          {t("auth.expired")}
        </p>
      ) : null}
      <LoginForm
        sso={env.oidc ? { name: env.oidc.name } : undefined}
        initialError={errorKey(sp.error)}
        initialMissing={typed.missing}
        initialEmail={typed.email}
        callbackPath={callback}
      />
    </AuthPage>
  );
}

export default withPageMessages("/login", LoginPage);
