// Shapes of the correction history. Values are stored JSON-ready: days as "YYYY-MM-DD", instants
// as ISO strings, enums as their names, lists as arrays; CPR numbers only masked.

export type HistoryRecordType =
  | "Citizen"
  | "SickLeaveCase"
  | "FollowUp"
  | "Programme"
  | "Referral"
  | "RehabPlan"
  | "RehabGoal"
  | "HomeExercise"
  | "AdherenceEntry"
  | "ProgressNote"
  | "ReturnToWorkPlan"
  | "RtwProposal"
  | "WorkplaceAid"
  | "Consent"
  | "KpiTarget"
  | "MeetingAgendaItem"
  | "EffectStudy"
  | "StudyAllocation";

export type HistoryAction =
  | "CREATE"
  | "CORRECT"
  | "VOID"
  | "STATUS_CHANGE"
  | "EXEMPTION"
  | "EXEMPTION_VOID"
  | "REASSIGN"
  | "HELD"
  | "CANCELLED"
  | "MISSED"
  | "ASSIGN"
  | "REMOVE"
  | "ACHIEVED"
  | "SCHEDULE"
  | "ACTUAL_HOURS"
  | "ACCEPT"
  | "DECLINE"
  | "APPROVE"
  | "REJECT"
  | "REVOKE"
  | "END_WITH_CASE"
  | "CLOSE"
  | "ANNOTATE"
  | "VISITATION"
  | "DOCTOR_CERTIFICATE"
  | "EARLY_FOLLOW_UP_REQUEST"
  | "REHABILITATION_TEAM"
  | "REASSESSMENT";

export type HistoryValue = string | number | boolean | null | string[];

export type HistoryChanges = Record<string, { from: HistoryValue; to: HistoryValue }>;

/** Who changed what, when and why: what every history list shows of one change. */
export type ChangeRecord<Changes = HistoryChanges> = {
  id: string;
  changes: Changes;
  reason: string | null;
  changedAt: Date;
  changedByName: string;
};

export type HistoryEntry = ChangeRecord & {
  recordType: HistoryRecordType;
  recordId: string;
  version: number;
  action: HistoryAction;
};

/** Administration records (users, organisation settings, competence tags): their history is shown on the admin pages only. */
export type AdminHistoryRecordType = "User" | "Organisation" | "OrganisationSetting" | "CompetenceTag";

/** Actions that only administration records have. */
export type AdminHistoryAction = "DISABLE" | "ENABLE" | "UNLOCK" | "PASSWORD_LINK" | "PASSWORD_SET" | "SSO_LINK";
