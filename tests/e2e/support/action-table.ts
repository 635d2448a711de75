// The server-action rows of the authorization matrix over HTTP (tests/e2e/authorization-actions.spec.ts):
// one row per mutating server action that takes a record id. A row names the action (file and export
// in app/**/actions.ts, looked up in the build's manifest), the page whose real form it is posted
// from, the role that may do it, the field that carries the record id the use case loads (replaced
// by a random id for "missing" and by another municipality's record for "foreign"), and the values a
// person would type into the form's empty fields. Rows run in order: a row may use what an earlier
// row's allowed call created (a planned follow-up, an exemption).
import type { DemoRole } from "./login";
import type { RuleKey } from "../../support/authorization-matrix";

/** Ids found at the start of the test (seeded demo data). */
export type Ids = {
  caseId: string;
  planId: string;
  referralId: string;
  meetingId: string;
  /** Another municipality's case and citizen (prisma/seed/base.ts: seedNeighbour). */
  foreignCaseId: string;
  foreignCitizenId: string;
  /** A caseworker of the jobcenter other than the demo caseworker (for reassigning). */
  otherCaseworkerId: string;
  /** A case with a return-to-work plan. */
  rtwCaseId: string;
  /** The citizen of `caseId`. */
  citizenId: string;
  /** A user the administrator manages (not one of the demo users who sign in). */
  userId: string;
  /** A case without referrals, voided by the last row. */
  voidCaseId: string;
  /** A therapist other than the one the referral is assigned to now. */
  otherTherapistId: string;
};

export type ActionRow = {
  /** "<file>#<export>" in the build's server-reference manifest. */
  action: string;
  /** The matrix rule this row belongs to (tests/support/authorization-matrix.ts), when the table has one. */
  rule?: RuleKey;
  /** The one demo role that does it here (the allowed cell). */
  allowed: DemoRole;
  /** Other demo roles that may also do it (not tried as refused). */
  alsoAllowed?: DemoRole[];
  /** The page (for the allowed role) whose form is posted. */
  page: (ids: Ids) => string;
  /** Which of the page's forms bound to this action (default 0). */
  which?: number;
  /** The field with the id of the record the use case loads. */
  idField: string;
  /** Values a person would type (overrides the form's). */
  set?: (ids: Ids) => Record<string, string | string[]>;
  /** Edits the form's fields as a person would (after `set`), e.g. one row of a list. */
  edit?: (fields: [string, string][]) => [string, string][];
  /** Where the write shows, when not on `page` for the allowed role. */
  seenOn?: { role: DemoRole; page: (ids: Ids) => string };
  /** When the allowed call answers with a redirect (e.g. to the citizen after voiding a case): where to. */
  redirectsTo?: RegExp;
  /** An id of a record that exists but in another organisation, for `idField`. */
  foreign?: (ids: Ids) => string;
};

/** Unique per run, so that a write shows on the page also when the test runs again on the same database. */
const RUN = Date.now().toString(36);
const day = (offset: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(Date.now() + offset * 86_400_000);
const at = (offset: number) => `${day(offset)}T10:00`;
const CASES = "app/(app)/cases/[caseId]/actions.ts";
const REHAB = "app/(app)/rehab/actions.ts";
const MEETINGS = "app/(app)/meetings/actions.ts";
const casePage = (i: Ids) => `/cases/${i.caseId}`;
const planPage = (i: Ids) => `/rehab/${i.planId}`;
const meetingPage = (i: Ids) => `/meetings/${i.meetingId}`;
const foreignCase = (i: Ids) => i.foreignCaseId;
const RTW = "app/(app)/cases/[caseId]/rtw/actions.ts";
const rtwPage = (i: Ids) => `/cases/${i.rtwCaseId}/rtw`;
const USERS = "app/(app)/admin/users/actions.ts";
const userPage = (i: Ids) => `/admin/users/${i.userId}`;
const CONSENT_ACTIONS = "app/(app)/consents/actions.ts";
const citizenPage = (i: Ids) => `/citizens/${i.citizenId}`;

export const ACTION_ROWS: ActionRow[] = [
  // ---- the jobcenter's case (caseworker; SPEC §2: writes only in the own department kind)
  {
    action: `${CASES}#recordHeldFollowUpAction`,
    rule: "caseWrite",
    allowed: "caseworker",
    page: casePage,
    idField: "caseId",
    foreign: foreignCase,
    set: () => ({ heldAt: at(-1), summary: "Samtale om arbejdsfastholdelse" }),
  },
  {
    action: `${CASES}#planFollowUpAction`,
    rule: "caseWrite",
    allowed: "caseworker",
    page: casePage,
    idField: "caseId",
    foreign: foreignCase,
    set: () => ({ scheduledAt: at(7), mode: "PHONE" }),
  },
  {
    action: `${CASES}#correctFollowUpAction`,
    rule: "caseWrite",
    allowed: "caseworker",
    page: casePage,
    idField: "followUpId",
    set: () => ({ mode: "VIDEO", reason: "Forkert samtaleform registreret" }),
  },
  {
    action: `${CASES}#cancelFollowUpAction`,
    rule: "caseWrite",
    allowed: "caseworker",
    page: casePage,
    idField: "followUpId",
    set: () => ({ outcome: "CANCELLED", reason: "Borgeren er syg på dagen" }),
  },
  {
    action: `${CASES}#recordCaseMilestoneAction`,
    rule: "caseWrite",
    allowed: "caseworker",
    page: casePage,
    idField: "caseId",
    foreign: foreignCase,
  },
  {
    action: `${CASES}#recordVisitationAction`,
    rule: "caseWrite",
    allowed: "caseworker",
    page: casePage,
    idField: "caseId",
    foreign: foreignCase,
    set: () => ({ category: "2" }),
  },
  {
    action: `${CASES}#recordDoctorCertificateAction`,
    rule: "caseWrite",
    allowed: "caseworker",
    page: casePage,
    idField: "caseId",
    foreign: foreignCase,
    set: () => ({ requestedOn: day(-2), receivedOn: day(-1) }),
  },
  {
    action: `${CASES}#recordEarlyFollowUpRequestAction`,
    rule: "caseWrite",
    allowed: "caseworker",
    page: casePage,
    idField: "caseId",
    foreign: foreignCase,
    set: () => ({ requestedBy: "EMPLOYEE" }),
  },
  {
    action: `${CASES}#recordRehabilitationTeamAction`,
    rule: "caseWrite",
    allowed: "caseworker",
    page: casePage,
    idField: "caseId",
    foreign: foreignCase,
  },
  {
    action: `${CASES}#grantExemptionAction`,
    rule: "caseWrite",
    allowed: "caseworker",
    page: casePage,
    idField: "caseId",
    foreign: foreignCase,
    set: () => ({ exemptionReason: "IMMINENT_RETURN", untilOn: day(14) }),
  },
  {
    action: `${CASES}#voidExemptionAction`,
    rule: "caseWrite",
    allowed: "caseworker",
    page: casePage,
    idField: "exemptionId",
    set: () => ({ reason: "Registreret på den forkerte sag" }),
  },
  {
    action: `${CASES}#correctCaseAction`,
    rule: "caseWrite",
    allowed: "caseworker",
    page: casePage,
    idField: "caseId",
    foreign: foreignCase,
    set: () => ({ diagnosisDetail: `Belastningsreaktion (${RUN})`, reason: "Stavefejl i diagnosen" }),
  },
  {
    action: `${CASES}#changeCaseStatusAction`,
    rule: "caseWrite",
    allowed: "caseworker",
    page: casePage,
    idField: "caseId",
    foreign: foreignCase,
    set: () => ({ status: "PARTIAL_RETURN", hoursPerWeek: "15" }),
  },
  {
    action: `${CASES}#reassignCaseAction`,
    rule: "caseWrite",
    allowed: "caseworker",
    page: casePage,
    idField: "caseId",
    foreign: foreignCase,
    set: (i) => ({ caseworkerId: i.otherCaseworkerId, note: "Ferie" }),
  },
  {
    action: `${MEETINGS}#flagForConferenceAction`,
    allowed: "caseworker",
    // meeting.flag: caseworkers and therapists (their own records).
    alsoAllowed: ["therapist"],
    page: casePage,
    idField: "caseId",
    foreign: foreignCase,
    set: () => ({ question: `Skal vi tilbyde mentorstøtte? (${RUN})` }),
    // A flag shows as a suggestion on the coordinator's upcoming case conference.
    seenOn: { role: "coordinator", page: meetingPage },
  },
  // ---- the return-to-work plan (caseworker; rtw.edit)
  {
    action: `${RTW}#updateRtwPlanAction`,
    allowed: "caseworker",
    page: rtwPage,
    idField: "caseId",
    foreign: foreignCase,
    set: () => ({ employerContact: `Nærmeste leder (${RUN})`, reason: "Ny kontaktperson" }),
  },
  {
    action: `${RTW}#saveRtwScheduleAction`,
    allowed: "caseworker",
    page: rtwPage,
    idField: "caseId",
    foreign: foreignCase,
    edit: (fields) => {
      const first = fields.findIndex(([k]) => k === "pattern[]");
      return fields.map(([k, v], n) => [k, n === first ? `Formiddage (${RUN})` : v]);
    },
  },
  {
    action: `${RTW}#recordActualHoursAction`,
    allowed: "caseworker",
    page: rtwPage,
    idField: "caseId",
    foreign: foreignCase,
    // Half an hour more (or less) than the form shows for the week.
    edit: (fields) =>
      fields.map(([k, v]) => {
        const h = Number(v.replace(",", "."));
        return [k, k === "actualHours" ? String(h >= 37 ? h - 0.5 : h + 0.5) : v];
      }),
  },
  {
    action: `${RTW}#requestAidAction`,
    allowed: "caseworker",
    page: rtwPage,
    idField: "caseId",
    foreign: foreignCase,
    set: () => ({ item: `Hæve-sænkebord (${RUN})`, amountDkk: "4500" }),
  },
  // Within the caseworker's mandate: the caseworker decides the aid just requested.
  { action: `${RTW}#decideAidAction`, allowed: "caseworker", page: rtwPage, idField: "aidId" },
  // Above the mandate (a second request of the same action): only a jobcenter manager decides it.
  {
    action: `${RTW}#requestAidAction`,
    allowed: "caseworker",
    page: rtwPage,
    idField: "caseId",
    foreign: foreignCase,
    set: () => ({ item: `Ombygning af arbejdsplads (${RUN})`, amountDkk: "250000" }),
  },
  // ---- the citizen register and consent (caseworker; consent.record also for health staff who work with the citizen)
  {
    action: "app/(app)/citizens/[citizenId]/actions.ts#correctCitizenAction",
    allowed: "caseworker",
    page: citizenPage,
    idField: "citizenId",
    foreign: (i) => i.foreignCitizenId,
    set: () => ({ occupation: `Chauffør (${RUN})`, reason: "Ny stilling oplyst af borgeren" }),
  },
  {
    action: `${CONSENT_ACTIONS}#recordConsentAction`,
    allowed: "caseworker",
    alsoAllowed: ["therapist", "visitator"],
    page: citizenPage,
    idField: "citizenId",
    foreign: (i) => i.foreignCitizenId,
    set: () => ({
      directions: ["JOBCENTER_TO_HEALTH"],
      method: "WRITTEN",
      purpose: `Samarbejde om tilbagevenden (${RUN})`,
      validUntil: day(30),
    }),
  },
  {
    action: `${CONSENT_ACTIONS}#revokeConsentAction`,
    allowed: "caseworker",
    alsoAllowed: ["therapist", "visitator"],
    page: citizenPage,
    idField: "consentId",
    set: () => ({ reason: "Borgeren ønsker det ikke længere" }),
  },
  // ---- user administration (admin; user.manage)
  { action: `${USERS}#issuePasswordLinkAction`, allowed: "admin", page: userPage, idField: "userId" },
  {
    action: `${USERS}#updateUserAction`,
    allowed: "admin",
    page: userPage,
    idField: "userId",
    set: () => ({ name: `Terapeut Syd (${RUN})` }),
  },
  { action: `${USERS}#disableUserAction`, allowed: "admin", page: userPage, idField: "userId", set: () => ({ note: "Orlov" }) },
  { action: `${USERS}#enableUserAction`, allowed: "admin", page: userPage, idField: "userId" },
  // ---- an aid above the caseworker's mandate (manager; aid.approveAboveMandate)
  {
    action: "app/(app)/dashboard/aids/actions.ts#managerDecideAidAction",
    allowed: "manager",
    page: () => "/dashboard/aids",
    idField: "aidId",
  },
  // ---- the health center's rehab plan (therapist)
  ...(
    [
      ["updateRehabPlanAction", "planId", 0, { reason: "Rettelse", condition: `Langvarig infektion (${RUN})` }],
      ["addGoalAction", "planId", 0, { text: "Bære 5 kg", baseline: "2 kg", target: "5 kg" }],
      ["updateGoalAction", "goalId", 0, { target: `6 kg uden smerter (${RUN})`, reason: "Justeret mål" }],
      ["markGoalAchievedAction", "goalId", 0, {}],
      ["saveFirstConversationAction", "planId", 0, { network: `Bor med sin søster (${RUN})` }],
      ["addExerciseAction", "planId", 0, { description: "Planke", repetitions: "3 × 30 s", frequency: "Dagligt" }],
      ["updateExerciseAction", "exerciseId", 0, { frequency: "5 gange om ugen", reason: "Færre dage" }],
      ["removeExerciseAction", "exerciseId", 0, {}],
      ["recordAdherenceAction", "planId", 0, { note: `Alle øvelser gennemført (${RUN})` }],
      ["addProgressNoteAction", "planId", 0, { selfRatedHealth: "4", pain: "3", workAbility: "6", text: "Stabil fremgang" }],
      ["correctProgressNoteAction", "noteId", 0, { pain: "2", reason: "Tastefejl i smerte" }],
    ] as const
  ).map(([name, idField, which, values]): ActionRow => ({
    action: `${REHAB}#${name}`,
    rule: "rehabWrite",
    allowed: "therapist",
    page: planPage,
    which,
    idField,
    set: () => ({ ...values }),
  })),
  // ---- the referral (visitator; the receiving health-center department)
  {
    action: "app/(app)/referrals/[referralId]/actions.ts#assignTherapistAction",
    allowed: "visitator",
    // Triage is the receiving department's: visitators and therapists (capability referral.triage, SPEC §2).
    alsoAllowed: ["therapist"],
    page: (i) => `/referrals/${i.referralId}`,
    idField: "referralId",
    set: (i) => ({ therapistId: i.otherTherapistId }),
  },
  // ---- meetings (the coordinator runs them; ADR 0017)
  {
    action: `${MEETINGS}#addAgendaItemAction`,
    allowed: "coordinator",
    page: meetingPage,
    idField: "meetingId",
    set: () => ({ question: "Skal borgeren tilbydes mentorstøtte?" }),
  },
  { action: `${MEETINGS}#moveAgendaItemAction`, allowed: "coordinator", page: meetingPage, idField: "itemId", which: 1 },
  {
    action: `${MEETINGS}#recordItemMinutesAction`,
    allowed: "coordinator",
    page: meetingPage,
    idField: "itemId",
    set: () => ({ notes: "Drøftet; borgeren deltog" }),
  },
  {
    action: `${MEETINGS}#addMeetingTaskAction`,
    allowed: "coordinator",
    page: meetingPage,
    idField: "itemId",
    set: () => ({ party: "CITIZEN", assigneeText: "Borgeren", description: "Tal med lægen", dueOn: day(10) }),
  },
  { action: `${MEETINGS}#removeAgendaItemAction`, allowed: "coordinator", page: meetingPage, idField: "itemId" },
  // ---- last: voiding the case makes it disappear for everyone
  {
    action: `${CASES}#voidCaseAction`,
    rule: "caseWrite",
    allowed: "caseworker",
    page: (i) => `/cases/${i.voidCaseId}`,
    idField: "caseId",
    foreign: foreignCase,
    set: () => ({ reason: "Oprettet ved en fejl" }),
    redirectsTo: /^\/citizens\/[0-9a-f-]{36}/,
  },
];
