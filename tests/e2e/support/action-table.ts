// The server-action rows of the authorization matrix over HTTP (tests/e2e/authorization-actions.spec.ts),
// in the order they run: the jobcenter's (./action-rows-jobcenter.ts), the administration's, the
// health center's, the meetings', and last the voiding of a case and opening a new one. Types and helpers: ./action-rows.ts.
//
// Rows whose record must first be put in a particular state (a started referral, a proposal, a
// study allocation, a task assigned to the caseworker, a case without a return-to-work plan) are in
// ./action-rows-stateful.ts; their `prepare` finds the record an earlier row made.
//
// The actions that end a record (unlocking a user, voiding a citizen, closing minutes or a study) end
// records of their own, made or seeded for them (./action-rows-end.ts). Every server action of the
// build has a row here or is listed in ./action-coverage.ts as taking no record id
// (create/settings/filters); the spec's coverage test fails otherwise.
import {
  RUN,
  day,
  CASES,
  REHAB,
  MEETINGS,
  planPage,
  meetingPage,
  foreignCase,
  USERS,
  userPage,
  UUID,
  type ActionRow,
  type Ids,
} from "./action-rows";
import { JOBCENTER_ROWS } from "./action-rows-jobcenter";
import { NEW_CASE_ROWS, PROPOSAL_ROWS, REFERRAL_ROWS, STUDY_ROWS, TASK_ROWS } from "./action-rows-stateful";
import { CLOSE_MINUTES_ROWS, CLOSE_STUDY_ROWS, UNLOCK_ROWS, VOID_CITIZEN_ROWS } from "./action-rows-end";

export type { ActionRow, Ids } from "./action-rows";

/** The agenda items this test adds (and then moves, minutes and removes). */
const QUESTION = "Skal borgeren tilbydes mentorstøtte?";

export const ACTION_ROWS: ActionRow[] = [
  ...JOBCENTER_ROWS,
  // ---- the return-to-work proposal (therapist proposes, caseworker declines; ./action-rows-stateful.ts)
  ...PROPOSAL_ROWS,
  // ---- a case's study allocation (caseworker; ./action-rows-stateful.ts)
  ...STUDY_ROWS,
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
  // the demo seed's locked colleague (./action-rows-end.ts)
  ...UNLOCK_ROWS,
  // ---- an aid above the caseworker's mandate (manager; aid.approveAboveMandate): the one the
  // jobcenter rows requested, not the seeded one journey-therapist-rehab.spec.ts approves
  {
    action: "app/(app)/dashboard/aids/actions.ts#managerDecideAidAction",
    allowed: "manager",
    page: () => "/dashboard/aids",
    near: "Ombygning af arbejdsplads",
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
  // ---- the programme catalogue (programme.manage: visitators and therapists of the health center)
  {
    action: "app/(app)/programmes/actions.ts#updateProgrammeAction",
    allowed: "visitator",
    alsoAllowed: ["therapist"],
    page: (i) => `/programmes/${i.editProgrammeId}/edit`,
    idField: "programmeId",
    prepare: async (ids, find) => {
      const programmes = await find.links("visitator", "/programmes", new RegExp(`^/programmes/(${UUID})$`));
      for (const id of programmes.reverse()) {
        if (!(await find.hasForm("visitator", `/programmes/${id}/edit`, "app/(app)/programmes/actions.ts#updateProgrammeAction"))) continue;
        ids.editProgrammeId = id;
        return;
      }
    },
    // The description with this run's mark instead of an earlier run's.
    edit: (fields) => fields.map(([k, v]) => [k, k === "description" ? `${v.replace(/ \([0-9a-z]+\)$/, "")} (${RUN})` : v]),
    set: () => ({ changeReason: "Præciseret beskrivelse" }),
    redirectsTo: /^\/programmes\/[0-9a-f-]{36}(;|$)/,
  },
  // ---- this run's referral: accepted, started, and given a rehab plan (./action-rows-stateful.ts)
  ...REFERRAL_ROWS,
  // ---- meetings (the coordinator runs them; ADR 0017): two items added here, then moved, minuted, removed
  ...[1, 2].map((n): ActionRow => ({
    action: `${MEETINGS}#addAgendaItemAction`,
    allowed: "coordinator",
    page: meetingPage,
    idField: "meetingId",
    set: () => ({ question: `${QUESTION} ${n} (${RUN})` }),
  })),
  { action: `${MEETINGS}#moveAgendaItemAction`, allowed: "coordinator", page: meetingPage, near: QUESTION, which: 1, idField: "itemId" },
  {
    action: `${MEETINGS}#recordItemMinutesAction`,
    allowed: "coordinator",
    page: meetingPage,
    near: QUESTION,
    idField: "itemId",
    set: () => ({ notes: `Drøftet; borgeren deltog (${RUN})` }),
  },
  {
    action: `${MEETINGS}#addMeetingTaskAction`,
    allowed: "coordinator",
    page: meetingPage,
    near: QUESTION,
    idField: "itemId",
    set: () => ({ party: "CITIZEN", assigneeText: "Borgeren", description: `Tal med lægen (${RUN})`, dueOn: day(10) }),
  },
  ...TASK_ROWS(QUESTION),
  { action: `${MEETINGS}#removeAgendaItemAction`, allowed: "coordinator", page: meetingPage, near: QUESTION, idField: "itemId" },
  // ---- the minutes of a meeting this test created closed, and a study it defined closed (./action-rows-end.ts)
  ...CLOSE_MINUTES_ROWS,
  ...CLOSE_STUDY_ROWS,
  // ---- late: voiding the case makes it disappear for everyone
  {
    action: `${CASES}#voidCaseAction`,
    rule: "caseWrite",
    allowed: "caseworker",
    page: (i) => `/cases/${i.voidCaseId}?form=all`, // every form drawn by the server (ADR 0029)
    idField: "caseId",
    foreign: foreignCase,
    set: () => ({ reason: "Oprettet ved en fejl" }),
    redirectsTo: /^\/citizens\/[0-9a-f-]{36}/,
  },
  // ---- the voided case's citizen has no open case left: the caseworker opens a new one
  {
    action: "app/(app)/citizens/[citizenId]/actions.ts#openCaseAction",
    allowed: "caseworker",
    page: (i) => `/citizens/${i.voidCitizenId}`,
    idField: "citizenId",
    foreign: (i) => i.foreignCitizenId,
    set: () => ({ firstAbsenceDay: day(-3), diagnosisGroup: "OTHER", diagnosisDetail: `Influenza (${RUN})` }),
    redirectsTo: /^\/cases\/[0-9a-f-]{36}/,
  },
  // ---- the case just opened gets a return-to-work plan (./action-rows-stateful.ts)
  ...NEW_CASE_ROWS,
  // ---- a citizen the caseworker registers for this row is voided (./action-rows-end.ts)
  ...VOID_CITIZEN_ROWS,
];
