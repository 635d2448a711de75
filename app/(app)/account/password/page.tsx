import { orNotFound } from "@/lib/actions/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { getOwnAccount } from "@/lib/domain/account/get-own-account";
import { getT } from "@/lib/i18n/server";
import { Alert } from "@/components/ui/Alert";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { changeOwnPasswordAction } from "../actions";
import { ChangePasswordForm } from "./ChangePasswordForm";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("account.title") };
}

async function ChangePasswordPage() {
  const actor = await requireActor();
  const [t, me] = await Promise.all([getT(), orNotFound(getOwnAccount(actor))]);
  return (
    <>
      <PageHeader title={t("account.title")} intro={me.signInMethod === "SSO" ? undefined : t("account.intro")} />
      {me.signInMethod === "SSO" ? (
        <Alert>{t("account.ssoOnly")}</Alert>
      ) : (
        <Section id="password" title={me.name}>
          <ChangePasswordForm email={me.email} action={changeOwnPasswordAction} />
        </Section>
      )}
    </>
  );
}

export default withPageMessages("/account/password", ChangePasswordPage);
