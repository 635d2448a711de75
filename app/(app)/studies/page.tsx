// Effect studies (issue 14): the organisation's studies with their participants, and the form to
// define a new one. Managers and admins only (study.manage); counts of 1–4 are suppressed.
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { orNotFound } from "@/lib/actions/or-not-found";
import { listStudies } from "@/lib/domain/studies/list-studies";
import { listProgrammes } from "@/lib/domain/programmes/list-programmes";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDay, formatNumber } from "@/lib/format";
import { today } from "@/lib/clock";
import { addDays, isoDay } from "@/lib/time";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table, Td } from "@/components/ui/Table";
import { Badge } from "@/components/ui/Badge";
import { CreateStudyForm } from "./_components/CreateStudyForm";
import { protectedCount } from "./_components/present";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("studies.title") };
}

async function StudiesPage() {
  const actor = await requireActor();
  const [studies, programmes, t, locale] = await Promise.all([
    orNotFound(listStudies(actor)),
    listProgrammes(actor, { scope: "catalogue" }),
    getT(),
    getLocale(),
  ]);
  const day = today();
  const results = can(actor, "study.viewResults");
  // New cases enter every running randomised study of their population (a factorial design): say so before a new one.
  // A planned one (its start day ahead) is included: it will run beside the new one (review8 item 1).
  const running = studies.filter((s) => s.design === "RANDOMISED" && s.status === "RUNNING");
  return (
    <>
      <PageHeader title={t("studies.title")} intro={t("studies.intro")} />
      <Section id="studies-list" title={t("studies.list.heading")}>
        {studies.length === 0 ? (
          <p>{t("studies.list.none")}</p>
        ) : (
          <Table
            caption={t("studies.list.caption")}
            hideCaption
            head={[
              t("studies.list.name"),
              t("studies.list.design"),
              t("studies.list.status"),
              t("studies.list.period"),
              t("studies.list.participants"),
            ]}
          >
            {studies.map((s) => (
              <tr key={s.id}>
                <Td>
                  {results ? (
                    <Link
                      prefetch={false}
                      href={`/studies/${s.id}`}
                      className="font-medium text-brand-700 underline"
                      aria-label={t("studies.list.results", { name: s.name })}
                    >
                      {s.name}
                    </Link>
                  ) : (
                    s.name
                  )}
                </Td>
                <Td>{t(`studies.design.${s.design}`)}</Td>
                <Td>
                  <Badge tone={s.phase === "RUNNING" ? "success" : s.phase === "PLANNED" ? "info" : "neutral"}>
                    {t(`studies.status.${s.phase}`)}
                  </Badge>
                </Td>
                <Td>{t("studies.list.period_value", { from: formatDay(s.startOn, locale), to: formatDay(s.plannedEndOn, locale) })}</Td>
                <Td>
                  {s.participants ? protectedCount(s.participants, t, locale) : t("studies.list.matchedParticipants")} (
                  {formatNumber(s.plannedParticipants, locale)})
                </Td>
              </tr>
            ))}
          </Table>
        )}
        {studies.some((s) => s.participants?.suppressed === "complementary") && (
          <p className="mt-2 text-sm text-slate-700">{t("studies.list.complementaryNote")}</p>
        )}
      </Section>
      <Section id="studies-new" title={t("studies.create.heading")}>
        {running.length > 0 ? (
          <p className="mb-4 max-w-3xl text-sm text-slate-700">
            {t("studies.create.runningNote", {
              names: running
                .map((s) =>
                  s.phase === "PLANNED"
                    ? t("studies.create.plannedName", { name: s.name, date: formatDay(s.startOn, locale) })
                    : `«${s.name}»`,
                )
                .join(", "),
            })}
          </p>
        ) : null}
        <CreateStudyForm
          todayIso={isoDay(day)}
          endIso={isoDay(addDays(day, 365))}
          programmes={programmes.map((p) => ({ id: p.id, name: p.name, active: p.active }))}
        />
      </Section>
    </>
  );
}

export default withPageMessages("/studies", StudiesPage);
