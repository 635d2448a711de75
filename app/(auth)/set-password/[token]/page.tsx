// The page a one-time set-password link opens (ADR 0013). Public: the token is the proof. A link that
// no longer works (used, expired, replaced, user disabled) says so without telling whose it was.
import Link from "next/link";
import { inspectSetupToken } from "@/lib/auth/password-setup";
import { getT } from "@/lib/i18n/server";
import { buttonClass } from "@/components/ui/Button";
import { AuthPage } from "../../_components/AuthPage";
import { setPasswordAction } from "../actions";
import { SetPasswordForm } from "./SetPasswordForm";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("account.setTitle"), referrer: "no-referrer" };
}

async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, owner] = await Promise.all([getT(), inspectSetupToken(token)]);
  return (
    <AuthPage title={t("account.setTitle")}>
      {owner ? (
        <>
          <p className="mb-5 text-slate-700">{t("account.setIntro", { email: owner.email })}</p>
          <SetPasswordForm token={token} email={owner.email} action={setPasswordAction} />
        </>
      ) : (
        <>
          <p role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
            {t("account.linkGone")}
          </p>
          <Link prefetch={false} href="/login" className={buttonClass("secondary")}>
            {t("account.toLogin")}
          </Link>
        </>
      )}
    </AuthPage>
  );
}

export default withPageMessages("/set-password/[token]", SetPasswordPage);
