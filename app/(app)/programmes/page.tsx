import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { listProgrammes } from "@/lib/domain/programmes/list-programmes";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDkk, formatNumber } from "@/lib/format";
import { isConditionTag } from "@/lib/referrals/condition-tags";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table, Td } from "@/components/ui/Table";
import { Badge } from "@/components/ui/Badge";
import { buttonClass } from "@/components/ui/Button";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("programmes.catalogueTitle") };
}

async function ProgrammesPage() {
  const actor = await requireActor();
  const [t, locale, rows] = await Promise.all([getT(), getLocale(), listProgrammes(actor)]);
  return (
    <>
      <PageHeader
        title={t("programmes.catalogueTitle")}
        intro={t("programmes.intro")}
        actions={
          can(actor, "programme.manage") ? (
            <Link prefetch={false} href="/programmes/new" className={buttonClass()}>
              {t("programmes.new")}
            </Link>
          ) : undefined
        }
      />
      {rows.length === 0 ? (
        <p>{t("programmes.empty")}</p>
      ) : (
        <Table
          caption={t("programmes.table.caption")}
          hideCaption
          head={[
            t("programmes.table.name"),
            t("programmes.table.format"),
            t("programmes.table.length"),
            t("programmes.table.capacityUse"),
            t("programmes.table.waitlist"),
            t("programmes.table.price"),
            t("programmes.table.status"),
          ]}
        >
          {rows.map((p) => (
            <tr key={p.id}>
              <Td>
                <Link prefetch={false} href={`/programmes/${p.id}`} className="font-medium">
                  {p.name}
                </Link>
                <div className="text-xs text-slate-700">
                  {p.conditionTags.map((tag) => (isConditionTag(tag) ? t(`programmes.tags.${tag}`) : tag)).join(", ")}
                </div>
              </Td>
              <Td>
                {t(`programmes.format.${p.format}`)}
                {p.rollingAdmission ? <div className="text-xs text-slate-700">{t("programmes.rollingAdmissionYes")}</div> : null}
              </Td>
              <Td>{t("programmes.lengthValue", { weeks: p.weeks, hours: formatNumber(p.hoursPerWeek, locale, 1) })}</Td>
              <Td>{t("programmes.capacityUseValue", { started: p.startedCount, capacity: p.capacity })}</Td>
              <Td>{t("programmes.waitlistValue", { count: p.waitlistCount })}</Td>
              <Td>{formatDkk(p.priceDkk, locale)}</Td>
              <Td>{p.active ? <Badge tone="success">{t("programmes.active")}</Badge> : <Badge>{t("programmes.inactive")}</Badge>}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

export default withPageMessages("/programmes", ProgrammesPage);
