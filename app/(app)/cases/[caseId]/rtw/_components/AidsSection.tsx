// The case's workplace aids (jobcenter only): the list with decisions, the caseworker's decision
// forms (with each aid's version) and the request form.
import type { CaseRtw } from "@/lib/domain/rtw/get-case-rtw";
import type { T } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/messages";
import { formatDay, formatDkk } from "@/lib/format";
import { Badge } from "@/components/ui/Badge";
import { Section } from "@/components/ui/Section";
import { Table, Td } from "@/components/ui/Table";
import { AidDecision } from "./AidDecision";
import { Flash } from "@/components/forms/Flash";
import { RequestAidForm } from "./LazyRtwForms";

export function AidsSection({ data, t, locale }: { data: CaseRtw; t: T; locale: Locale }) {
  return (
    <Section id="aids" title={t("rtw.aids.heading")}>
      <p className="mb-3 text-sm text-slate-700">{t("rtw.aids.intro", { mandate: formatDkk(data.mandateDkk, locale) })}</p>
      <Flash scope="aids" />
      {data.aids.length === 0 ? (
        <p>{t("rtw.aids.empty")}</p>
      ) : (
        <Table
          caption={t("rtw.aids.caption")}
          hideCaption
          head={[
            t("rtw.aids.item"),
            t("rtw.aids.amount"),
            t("rtw.aids.requested"),
            t("rtw.aids.status"),
            t("rtw.aids.decision"),
            ...(data.canEdit ? [t("rtw.aids.actions")] : []),
          ]}
        >
          {data.aids.map((a) => (
            <tr key={a.id}>
              <Td>{a.item}</Td>
              <Td className="whitespace-nowrap">{formatDkk(a.amountDkk, locale)}</Td>
              <Td>
                {formatDay(a.requestedAt, locale)}
                <br />
                <span className="text-slate-600">{a.requestedByName}</span>
              </Td>
              <Td>
                <Badge tone={a.status === "APPROVED" ? "success" : a.status === "REJECTED" ? "danger" : "warning"}>
                  {t(`rtw.aids.statusValue.${a.status}`)}
                </Badge>
                {a.status === "REQUESTED" && !a.withinMandate ? (
                  <p className="mt-1 text-sm text-slate-700">{t("rtw.aids.awaitingManager")}</p>
                ) : null}
              </Td>
              <Td>
                {a.decidedByName && a.decidedAt
                  ? t("rtw.aids.decidedBy", {
                      name: a.decidedByName,
                      role: a.decidedRole ? t(`common.roles.${a.decidedRole}`) : "",
                      date: formatDay(a.decidedAt, locale),
                    })
                  : "—"}
                {a.decisionNote ? <p className="mt-1 text-sm text-slate-700">{a.decisionNote}</p> : null}
              </Td>
              {data.canEdit ? (
                <Td>{a.status === "REQUESTED" ? <AidDecision caseId={data.caseId} aid={a} canApprove={a.withinMandate} /> : null}</Td>
              ) : null}
            </tr>
          ))}
        </Table>
      )}
      {data.canEdit && !data.caseClosed ? <RequestAidForm caseId={data.caseId} /> : null}
    </Section>
  );
}
