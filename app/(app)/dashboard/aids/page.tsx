// The jobcenter manager's list of workplace aids above the caseworkers' mandate. Deliberately
// without any person: item, amount, date and requesting caseworker only (SPEC §2, managers never
// see a person).
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { listAidsAwaitingManager } from "@/lib/domain/rtw/list-aids-awaiting-manager";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDay, formatDkk } from "@/lib/format";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table, Td } from "@/components/ui/Table";
import { ManagerAidDecision } from "./ManagerAidDecision";
import { Flash } from "@/components/forms/Flash";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("rtw.manager.title") };
}

async function load() {
  const actor = await requireActor();
  return orNotFound(listAidsAwaitingManager(actor));
}

async function ManagerAidsPage() {
  const [{ mandateDkk, aids }, t, locale] = await Promise.all([load(), getT(), getLocale()]);
  return (
    <>
      <BackLink href="/dashboard">{t("home.dashboard.title")}</BackLink>
      <PageHeader title={t("rtw.manager.title")} intro={t("rtw.manager.intro", { mandate: formatDkk(mandateDkk, locale) })} />
      <Section id="aids" title={t("rtw.manager.caption")}>
        <Flash scope="aids" />
        {aids.length === 0 ? (
          <p>{t("rtw.manager.empty")}</p>
        ) : (
          <Table
            caption={t("rtw.manager.caption")}
            hideCaption
            head={[t("rtw.aids.item"), t("rtw.aids.amount"), t("rtw.aids.requested"), t("rtw.aids.requestedBy"), t("rtw.aids.actions")]}
          >
            {aids.map((a) => (
              <tr key={a.id}>
                <Td>{a.item}</Td>
                <Td className="whitespace-nowrap">{formatDkk(a.amountDkk, locale)}</Td>
                <Td className="whitespace-nowrap">{formatDay(a.requestedAt, locale)}</Td>
                <Td>{a.requestedByName}</Td>
                <Td>
                  <ManagerAidDecision aidId={a.id} version={a.version} item={a.item} amount={formatDkk(a.amountDkk, locale)} />
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>
    </>
  );
}

export default withPageMessages("/dashboard/aids", ManagerAidsPage);
