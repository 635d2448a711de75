"use client";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { TextField } from "@/components/forms/fields";
import { Button } from "@/components/ui/Button";
import type { LoginMissing } from "@/lib/auth/login-fields";

export function LoginForm({
  sso,
  initialError,
  initialMissing = {},
  initialEmail,
  callbackPath = null,
}: {
  sso?: { name: string };
  initialError?: string;
  /** The fields a no-JS post left empty (app/(auth)/login/password/route.ts): marked at once. */
  initialMissing?: LoginMissing;
  /** The e-mail that post had typed, put back into the field (never the password). */
  initialEmail?: string;
  /** A safe same-origin path to return to after login (lib/auth/safe-callback), or null for the start page. */
  callbackPath?: string | null;
}) {
  const t = useTranslations();
  const [error, setError] = useState<string | undefined>(initialError);
  const [pending, setPending] = useState(false);
  const [missing, setMissing] = useState<LoginMissing>(initialMissing);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const email = String(fd.get("email") ?? "").trim();
    const password = String(fd.get("password") ?? "");
    setMissing({ email: !email, password: !password });
    if (!email || !password) {
      setError("auth.required");
      return;
    }
    setPending(true);
    setError(undefined);
    const res = await signIn("credentials", { email, password, redirect: false });
    if (res?.ok && !res.error) {
      window.location.assign(callbackPath ?? "/");
      return;
    }
    setPending(false);
    setError("auth.failed");
  }

  return (
    <>
      {error ? (
        <p role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
          {t(error as never)}
        </p>
      ) : null}
      {/* method="post": the e-mail and password never go into the URL (issue 8 item 9). Without JavaScript (or
          before hydration) the browser posts to /login/password, which signs in through the same next-auth
          provider (walk4 item 1); with JavaScript onSubmit takes over. */}
      <form method="post" action="/login/password" onSubmit={onSubmit} noValidate>
        {callbackPath ? <input type="hidden" name="callbackUrl" value={callbackPath} /> : null}
        <TextField
          name="email"
          type="email"
          label={t("auth.email")}
          autoComplete="username"
          defaultValue={initialEmail}
          required
          errors={missing.email ? ["errors.required"] : undefined}
        />
        <TextField
          name="password"
          type="password"
          label={t("auth.password")}
          autoComplete="current-password"
          required
          errors={missing.password ? ["errors.required"] : undefined}
        />
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? t("auth.submitting") : t("auth.submit")}
        </Button>
      </form>
      {sso ? (
        <>
          <p className="my-4 text-center text-sm text-slate-600">{t("auth.or")}</p>
          <Button variant="secondary" className="w-full" onClick={() => signIn("oidc", { callbackUrl: callbackPath ?? "/" })}>
            {t("auth.sso", { name: sso.name })}
          </Button>
        </>
      ) : null}
    </>
  );
}
