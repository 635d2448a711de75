// Rows of the server-action matrix (tests/e2e/authorization-actions.spec.ts) whose record must be in a
// state the demo seed does not reliably offer. Each row's `prepare` finds the record an earlier row
// (or its own chain) put into that state through the allowed role's real action post, so the rows
// work again on the same database:
//   - REFERRAL_ROWS: the caseworker refers `caseId` to a programme of the demo visitator's department
//     (not the jobcenter rows' programme); the visitator accepts and starts the referral, the
//     therapist creates its rehab plan, and the visitator completes it (the next run may refer again);
//   - PROPOSAL_ROWS: on a case with an open return-to-work plan the demo therapist may read
//     (consent and a referral), the therapist proposes a schedule and the caseworker declines it
//     (declining leaves the plan's weeks as they were);
//   - STUDY_ROWS: a case the demo seed allocated in a randomised study gets a note on its allocation;
//   - TASK_ROWS: a task from the minutes assigned to the demo caseworker, who completes it;
//   - NEW_CASE_ROWS: the case the openCaseAction row opened gets a return-to-work plan.
// Types and helpers: ./action-rows.ts.
import { DEMO_USERS } from "../../../prisma/demo-users";
import { referrals } from "../../../lib/i18n/messages/da/referrals";
import { RUN, RTW, UUID, MEETINGS, day, foreignCase, meetingPage, type ActionRow, type Finder, type Ids } from "./action-rows";

const TRANSITION = "app/(app)/referrals/[referralId]/actions.ts#transitionReferralAction";
const referralPage = (i: Ids) => `/referrals/${i.newReferralId}`;

const REASON = `Henvist til træning i sundhedscentret (${RUN})`;

/** The referral of `caseId` whose page shows this run's reason (the first REFERRAL_ROWS row sent it). */
async function findNewReferral(ids: Ids, find: Finder): Promise<void> {
  if (ids.newReferralId) return;
  const found = await find.links("caseworker", `/cases/${ids.caseId}/referrals`, new RegExp(`^/referrals/(${UUID})$`));
  for (const id of found.reverse()) {
    if (!(await find.text("caseworker", `/referrals/${id}`)).includes(REASON)) continue;
    ids.newReferralId = id;
    return;
  }
}

export const REFERRAL_ROWS: ActionRow[] = [
  // The caseworker refers `caseId` to a programme of the demo visitator's department (the last one both see).
  {
    action: "app/(app)/cases/[caseId]/referrals/actions.ts#createReferralAction",
    allowed: "caseworker",
    page: (i) => `/cases/${i.caseId}/referrals`,
    idField: "caseId",
    foreign: foreignCase,
    // As a person fills the form after choosing the programme: its checklist, every item answered "yes".
    set: (i) => ({
      programmeId: i.triageProgrammeId,
      reason: REASON,
      "criterionIds[]": i.triageCriteria,
      ...Object.fromEntries(i.triageCriteria.map((c) => [`answer.${c}`, "YES"])),
    }),
    prepare: async (ids, find) => {
      const page = `/cases/${ids.caseId}/referrals`;
      const offered = await find.options("caseworker", page, "programmeId");
      // One open referral per case and programme: not a programme the case has an open referral to
      // (the list shows each referral's programme, then its status).
      const open = (["SUBMITTED", "ACCEPTED", "WAITLISTED", "STARTED"] as const).map((s) => referrals.status[s]);
      const listed = await find.items("caseworker", page);
      const isOpen = (name: string) =>
        listed.some((t) => t.startsWith(name) && open.some((s) => t.slice(name.length).trimStart().startsWith(s)));
      for (const { value, label } of offered.reverse()) {
        if (!value || value === ids.programmeId || isOpen(label)) continue;
        // The visitator's own department's programme: the one whose edit form the visitator gets.
        // (its edit form also carries the ids of its checklist items).
        const edit = await find.form("visitator", `/programmes/${value}/edit`, "app/(app)/programmes/actions.ts#updateProgrammeAction");
        if (!edit) continue;
        ids.triageProgrammeId = value;
        ids.triageCriteria = edit.filter(([k, v]) => k.startsWith("criterionKey") && !v.startsWith("new-")).map(([, v]) => v);
        return;
      }
    },
  },
  // Triage is the receiving department's: visitators and therapists (capability referral.triage, SPEC §3).
  ...(["accept", "start"] as const).map((action): ActionRow => ({
    action: TRANSITION,
    allowed: "visitator",
    alsoAllowed: ["therapist"],
    page: referralPage,
    idField: "referralId",
    set: () => ({ action }),
    prepare: findNewReferral,
  })),
  // The therapist creates the rehab plan of the started referral (rehab.edit); the page's own preselection.
  {
    action: "app/(app)/rehab/actions.ts#createRehabPlanAction",
    allowed: "therapist",
    page: (i) => `/rehab/new?referralId=${i.newReferralId}`,
    idField: "referralId",
    set: () => ({ source: "REFERRAL", condition: `Nakkesmerter efter fald (${RUN})`, bodyRegion: "NECK" }),
    redirectsTo: new RegExp(`^/rehab/${UUID}\\?created=1(;|$)`),
  },
  // The visitator completes it: the place is free again and the next run may refer the case there again.
  {
    action: TRANSITION,
    allowed: "visitator",
    alsoAllowed: ["therapist"],
    page: referralPage,
    idField: "referralId",
    set: () => ({ action: "complete" }),
  },
];

const proposalPage = (i: Ids) => `/cases/${i.proposalCaseId}/rtw`;

/** A case (from the end of the caseworker's list) whose return-to-work tab offers the therapist the proposal form. */
async function findProposalCase(ids: Ids, find: Finder): Promise<void> {
  if (ids.proposalCaseId) return;
  const cases = await find.links("caseworker", "/cases", new RegExp(`^/cases/(${UUID})$`));
  for (const id of cases.slice(11).reverse()) {
    if (id === ids.voidCaseId || !(await find.hasForm("therapist", `/cases/${id}/rtw`, `${RTW}#proposeRtwAction`))) continue;
    ids.proposalCaseId = id;
    return;
  }
}

export const PROPOSAL_ROWS: ActionRow[] = [
  // rtw.propose: the health center's therapist, within the read scope of the case (consent + relationship).
  {
    action: `${RTW}#proposeRtwAction`,
    allowed: "therapist",
    page: proposalPage,
    idField: "planId",
    set: () => ({ note: `Borgeren kan klare kortere dage (${RUN})` }),
    prepare: findProposalCase,
  },
  // rtw.edit: the caseworker declines this run's proposal (the second form of the proposal: decline).
  {
    action: `${RTW}#decideRtwProposalAction`,
    allowed: "caseworker",
    page: proposalPage,
    near: `(${RUN})`,
    which: 1,
    idField: "proposalId",
    set: () => ({ reason: `Arbejdspladsen kan ikke tilbyde kortere dage (${RUN})` }),
    prepare: findProposalCase,
  },
];

/** Annotating a case's study allocation (case.edit; ADR 0016): on a case the demo seed allocated. */
export const STUDY_ROWS: ActionRow[] = [
  {
    action: "app/(app)/cases/[caseId]/actions.ts#annotateStudyAllocationAction",
    rule: "caseWrite",
    allowed: "caseworker",
    page: (i) => `/cases/${i.studyCaseId}`,
    idField: "caseId",
    foreign: foreignCase,
    set: () => ({ note: `Borgeren spurgte til forsøget (${RUN})` }),
    prepare: async (ids, find) => {
      if (ids.studyCaseId) return;
      const cases = await find.links("caseworker", "/cases", new RegExp(`^/cases/(${UUID})$`));
      const annotate = "app/(app)/cases/[caseId]/actions.ts#annotateStudyAllocationAction";
      for (const id of cases.slice(11).reverse()) {
        if (id === ids.voidCaseId || !(await find.hasForm("caseworker", `/cases/${id}`, annotate))) continue;
        ids.studyCaseId = id;
        return;
      }
    },
  },
];

const TASK = `Send referat til arbejdsgiveren (${RUN})`;

/**
 * A task from the minutes of one of the agenda items the meetings rows added, assigned to the demo
 * caseworker (staff), who completes it from "My tasks" (task.view; the assignee, or the meeting's
 * coordinator, writes it). Runs after addAgendaItemAction and before removeAgendaItemAction.
 */
export const TASK_ROWS = (question: string): ActionRow[] => [
  {
    action: `${MEETINGS}#addMeetingTaskAction`,
    allowed: "coordinator",
    page: meetingPage,
    near: question,
    idField: "itemId",
    set: (i) => ({ party: "STAFF", assigneeId: i.caseworkerUserId, assigneeText: "", description: TASK, dueOn: day(7) }),
    prepare: async (ids, find) => {
      const name = DEMO_USERS.find((u) => u.role === "CASEWORKER")!.name;
      ids.caseworkerUserId = (await find.options("coordinator", meetingPage(ids), "assigneeId")).find((o) => o.label === name)?.value ?? "";
    },
  },
  {
    action: `${MEETINGS}#completeTaskAction`,
    allowed: "caseworker",
    alsoAllowed: ["coordinator"],
    page: () => "/tasks",
    near: TASK,
    idField: "taskId",
  },
];

export const NEW_CASE_ROWS: ActionRow[] = [
  // rtw.edit: the case the openCaseAction row just opened has no plan yet; the caseworker creates one.
  {
    action: `${RTW}#createRtwPlanAction`,
    allowed: "caseworker",
    page: (i) => `/cases/${i.newCaseId}/rtw`,
    idField: "caseId",
    foreign: foreignCase,
    set: () => ({ employerContact: `Nærmeste leder (${RUN})`, startHours: "8", targetHours: "30", weeks: "4" }),
    prepare: async (ids, find) => {
      const cases = await find.links("caseworker", `/citizens/${ids.voidCitizenId}`, new RegExp(`^/cases/(${UUID})$`));
      for (const id of cases) {
        if (id === ids.voidCaseId || !(await find.hasForm("caseworker", `/cases/${id}/rtw`, `${RTW}#createRtwPlanAction`))) continue;
        ids.newCaseId = id;
        return;
      }
    },
  },
];
