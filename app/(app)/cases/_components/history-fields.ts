// How each field of the shared correction history (case, citizen, follow-up, consent) is shown:
// its label is `cases.history.fields.<field>` and its value is formatted by kind (days dd.mm.yyyy,
// instants with Danish time, enums through their translations). tests/unit/history-field-labels.test.ts
// reads every field a use case writes into history from lib/domain and requires an entry here.
import { CITIZEN_FACT_FIELDS } from "@/lib/domain/citizens/citizen-values";

/** `enum`: the value is shown as the translation `<prefix>.<value>`; `status` depends on the record type. */
export type HistoryFieldKind =
  { kind: "text" } | { kind: "day" } | { kind: "instant" } | { kind: "status" } | { kind: "enum"; prefix: string };

const text = { kind: "text" } as const;
const day = { kind: "day" } as const;
const instant = { kind: "instant" } as const;
const en = (prefix: string) => ({ kind: "enum", prefix }) as const;

const citizenFacts = Object.fromEntries(
  CITIZEN_FACT_FIELDS.map((f) => [f, f === "employmentStatus" ? en("cases.employmentStatus") : text]),
) as Record<(typeof CITIZEN_FACT_FIELDS)[number], HistoryFieldKind>;

export const HISTORY_FIELD_KINDS: Readonly<Record<string, HistoryFieldKind>> = {
  cpr: text,
  ...citizenFacts,
  // Case (lib/domain/cases)
  firstAbsenceDay: day,
  diagnosisGroup: en("cases.diagnosisGroup"),
  diagnosisDetail: text,
  status: { kind: "status" },
  partialHoursPerWeek: text,
  closedOn: day,
  closingReason: en("cases.closingReason"),
  effectiveOn: day,
  caseworker: text,
  exemptionReason: en("cases.exemptionReason"),
  exemptionFrom: day,
  exemptionUntil: day,
  note: text,
  // Case facts of the 2014 rules (lib/domain/cases/record-*.ts)
  visitationCategory: en("rules.category"),
  visitedOn: day,
  doctorCertificateRequestedOn: day,
  doctorCertificateReceivedOn: day,
  earlyFollowUpRequestedOn: day,
  earlyFollowUpRequestedBy: en("rules.requester"),
  earlyFollowUpDeclinedOn: day,
  rehabilitationTeamOn: day,
  reassessmentDecidedOn: day,
  reassessmentOutcome: en("rules.outcome"),
  extensionGround: en("rules.ground"),
  extendedUntil: day,
  employerConversationOn: day,
  extensionAssessedOn: day,
  // Follow-up
  scheduledAt: instant,
  heldAt: instant,
  mode: en("followups.mode"),
  participants: en("followups.participant"),
  summary: text,
  agreements: text,
  voided: text,
  // Consent (lib/domain/consents)
  directions: en("consents.direction"),
  method: en("consents.method"),
  purpose: text,
  employerDetails: text,
  validFromDay: day,
  validThroughDay: day,
  revokedAt: instant,
  endedAt: instant,
};
