// The jobcenter's rows of the server-action matrix (tests/e2e/authorization-actions.spec.ts): the
// case, its follow-ups and 2014 rule facts, the return-to-work plan, the citizen register and consent.
// Types and helpers: ./action-rows.ts.
import {
  RUN,
  day,
  at,
  CASES,
  MEETINGS,
  casePage,
  meetingPage,
  foreignCase,
  RTW,
  rtwPage,
  CONSENT_ACTIONS,
  citizenPage,
  type ActionRow,
} from "./action-rows";

/** The caseworker's write on the jobcenter case from the case page (the caseWrite rule); also tried on another organisation's case. */
const onCase = { rule: "caseWrite", allowed: "caseworker", page: casePage, idField: "caseId", foreign: foreignCase } as const;
/** The same on a record of the case (a follow-up, an exemption), sent with that record's id. */
const onCaseRecord = (idField: string) => ({ rule: "caseWrite", allowed: "caseworker", page: casePage, idField }) as const;
/** The caseworker's write on the case's return-to-work tab (rtw.edit); also tried on another organisation's case. */
const onRtwTab = { allowed: "caseworker", page: rtwPage, idField: "caseId", foreign: foreignCase } as const;

export const JOBCENTER_ROWS: ActionRow[] = [
  // ---- the jobcenter's case (caseworker; SPEC §2: writes only in the own department kind)
  {
    action: `${CASES}#recordHeldFollowUpAction`,
    ...onCase,
    set: () => ({ heldAt: at(-1), summary: "Samtale om arbejdsfastholdelse" }),
  },
  {
    action: `${CASES}#planFollowUpAction`,
    ...onCase,
    set: () => ({ scheduledAt: at(7), mode: "PHONE" }),
  },
  {
    action: `${CASES}#correctFollowUpAction`,
    ...onCaseRecord("followUpId"),
    set: () => ({ mode: "VIDEO", reason: "Forkert samtaleform registreret" }),
  },
  {
    action: `${CASES}#cancelFollowUpAction`,
    ...onCaseRecord("followUpId"),
    set: () => ({ outcome: "CANCELLED", reason: "Borgeren er syg på dagen" }),
  },
  {
    action: `${CASES}#voidFollowUpAction`,
    ...onCaseRecord("followUpId"),
    set: () => ({ reason: "Registreret på den forkerte sag" }),
  },
  {
    action: "app/(app)/cases/[caseId]/referrals/actions.ts#createReferralAction",
    allowed: "caseworker",
    page: (i) => `/cases/${i.caseId}/referrals`,
    idField: "caseId",
    foreign: foreignCase,
    set: (i) => ({ programmeId: i.programmeId, reason: `Brug for arbejdsrettet genoptræning (${RUN})` }),
  },
  {
    action: `${CASES}#recordCaseMilestoneAction`,
    ...onCase,
    // The form starts with no milestone chosen ("—"), so that one click records nothing by accident.
    set: () => ({ milestone: "EMPLOYER_CONVERSATION" }),
  },
  {
    action: `${CASES}#recordVisitationAction`,
    ...onCase,
    set: () => ({ category: "2" }),
  },
  {
    action: `${CASES}#recordDoctorCertificateAction`,
    ...onCase,
    set: () => ({ requestedOn: day(-2), receivedOn: day(-1) }),
  },
  {
    action: `${CASES}#recordEarlyFollowUpRequestAction`,
    ...onCase,
    set: () => ({ requestedBy: "EMPLOYEE" }),
  },
  {
    action: `${CASES}#recordRehabilitationTeamAction`,
    ...onCase,
    // The day starts empty in the form (walk4 item 3).
    set: () => ({ presentedOn: day(0) }),
  },
  // An extension on a ground of § 27 (the case stays open; the next reassessment falls on its end).
  {
    action: `${CASES}#recordReassessmentAction`,
    ...onCase,
    set: () => ({ outcome: "EXTENDED", ground: "MEDICAL_TREATMENT", extendedUntil: day(60), note: `Forlænget efter revurdering (${RUN})` }),
  },
  {
    action: `${CASES}#grantExemptionAction`,
    ...onCase,
    set: () => ({ exemptionReason: "IMMINENT_RETURN", untilOn: day(14) }),
  },
  {
    action: `${CASES}#voidExemptionAction`,
    ...onCaseRecord("exemptionId"),
    set: () => ({ reason: "Registreret på den forkerte sag" }),
  },
  {
    action: `${CASES}#correctCaseAction`,
    ...onCase,
    set: () => ({ diagnosisDetail: `Belastningsreaktion (${RUN})`, reason: "Stavefejl i diagnosen" }),
  },
  {
    action: `${CASES}#changeCaseStatusAction`,
    ...onCase,
    // Hours that differ between runs, so that the status change is a change also on a re-run.
    set: () => ({ status: "PARTIAL_RETURN", hoursPerWeek: String(5 + (Date.now() % 30)) }),
  },
  {
    action: `${CASES}#reassignCaseAction`,
    ...onCase,
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
    seenOn: { role: "coordinator", page: (i) => `/meetings/${i.conferenceId}` },
  },
  // ---- the return-to-work plan (caseworker; rtw.edit)
  {
    action: `${RTW}#updateRtwPlanAction`,
    ...onRtwTab,
    set: () => ({ employerContact: `Nærmeste leder (${RUN})`, reason: "Ny kontaktperson" }),
  },
  {
    action: `${RTW}#saveRtwScheduleAction`,
    ...onRtwTab,
    edit: (fields) => {
      const first = fields.findIndex(([k]) => k === "pattern[]");
      return fields.map(([k, v], n) => [k, n === first ? `Formiddage (${RUN})` : v]);
    },
  },
  {
    action: `${RTW}#recordActualHoursAction`,
    ...onRtwTab,
    // Half an hour more (or less) than the form shows for the week.
    edit: (fields) =>
      fields.map(([k, v]) => {
        const h = Number(v.replace(",", "."));
        return [k, k === "actualHours" ? String(h >= 37 ? h - 0.5 : h + 0.5) : v];
      }),
  },
  {
    action: `${RTW}#requestAidAction`,
    ...onRtwTab,
    set: () => ({ item: `Hæve-sænkebord (${RUN})`, amountDkk: "4500" }),
  },
  // Within the caseworker's mandate: the caseworker decides the aid just requested.
  { action: `${RTW}#decideAidAction`, allowed: "caseworker", page: rtwPage, idField: "aidId" },
  // Above the mandate (a second request of the same action): only a jobcenter manager decides it.
  {
    action: `${RTW}#requestAidAction`,
    ...onRtwTab,
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
];
