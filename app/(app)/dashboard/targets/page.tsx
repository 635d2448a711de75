// Targets of the key figures (SPEC §2: managers and admins set them; issue 11 "Targets"): one form
// per figure, and the history of every change (who, when, from → to).
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { listKeyFigureTargets } from "@/lib/domain/kpi/list-key-figure-targets";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/format";
import { displayUnit, FIGURE_GROUPS, FIGURES, type FigureKey } from "@/lib/kpi/figures";
import { presentTarget, targetInputValue } from "@/lib/kpi/present";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table, Td } from "@/components/ui/Table";
import { TargetForm } from "./TargetForm";
import { setKeyFigureTargetAction } from "./actions";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("kpi.targets.title") };
}

async function TargetsPage() {
  const actor = await requireActor();
  const [{ targets, history }, t, locale] = await Promise.all([orNotFound(listKeyFigureTargets(actor)), getT(), getLocale()]);
  const byFigure = new Map(targets.map((r) => [r.figure, r]));
  const show = (figure: FigureKey, v: number | null) => (v === null ? t("kpi.panel.noTarget") : presentTarget(figure, v, locale, t));
  // The form shows the value as one would type it, written so that saving it unchanged stores the same number.
  const input = (figure: FigureKey, v: number | null) => (v === null ? "" : targetInputValue(figure, v, locale));
  return (
    <>
      {can(actor, "kpi.view") ? <BackLink href="/dashboard">{t("kpi.actions.back")}</BackLink> : null}
      <PageHeader title={t("kpi.targets.title")} intro={t("kpi.targets.intro")} />
      {FIGURE_GROUPS.map((g) => (
        <Section key={g} id={`targets-${g}`} title={t(`kpi.groups.${g}`)}>
          <Table
            caption={`${t("kpi.targets.caption")}: ${t(`kpi.groups.${g}`)}`}
            hideCaption
            head={[t("kpi.targets.figure"), t("kpi.targets.direction"), t("kpi.targets.current"), t("kpi.targets.newTargetColumn")]}
          >
            {(Object.keys(FIGURES) as FigureKey[])
              .filter((k) => FIGURES[k].group === g)
              .map((figure) => {
                const row = byFigure.get(figure)!;
                const name = t(`kpi.figures.${figure}.name`);
                return (
                  <tr key={figure}>
                    <Td>{name}</Td>
                    {/* Whether the target is a ceiling or a floor (lib/kpi/figures.ts `better`; walk6). */}
                    <Td>{t(`kpi.targets.better.${FIGURES[figure].better}`)}</Td>
                    <Td className="whitespace-nowrap tabular-nums">{show(figure, row.value)}</Td>
                    <Td>
                      <TargetForm
                        key={figure}
                        figure={figure}
                        figureName={name}
                        unit={t(`kpi.units.${displayUnit(figure)}`)}
                        value={input(figure, row.value)}
                        version={row.version}
                        action={setKeyFigureTargetAction}
                      />
                    </Td>
                  </tr>
                );
              })}
          </Table>
        </Section>
      ))}
      <Section id="targets-history" title={t("kpi.targets.history")}>
        {history.length === 0 ? (
          <p>{t("kpi.targets.noHistory")}</p>
        ) : (
          <Table
            caption={t("kpi.targets.historyCaption")}
            hideCaption
            head={[t("kpi.targets.when"), t("kpi.targets.figure"), t("kpi.targets.from"), t("kpi.targets.to"), t("kpi.targets.by")]}
          >
            {history.map((h, i) => (
              <tr key={i}>
                <Td className="whitespace-nowrap">{formatDateTime(h.at, locale)}</Td>
                <Td>{t(`kpi.figures.${h.figure}.name`)}</Td>
                <Td className="tabular-nums">{show(h.figure, h.from)}</Td>
                <Td className="tabular-nums">{show(h.figure, h.to)}</Td>
                <Td>{h.by}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>
    </>
  );
}

export default withPageMessages("/dashboard/targets", TargetsPage);
