// Types and helpers of the server-action rows of the authorization matrix over HTTP (tests/e2e/authorization-actions.spec.ts):
// one row per mutating server action that takes a record id. A row names the action (file and export
// in app/**/actions.ts, looked up in the build's manifest), the page whose real form it is posted
// from, the role that may do it, the field that carries the record id the use case loads (replaced
// by a random id for "missing" and by another municipality's record for "foreign"), and the values a
// person would type into the form's empty fields. Rows run in order: a row may use what an earlier
// row's allowed call created (a planned follow-up, an exemption).
import type { DemoRole } from "./login";
import type { ActionReply } from "./server-actions";
import type { RuleKey } from "../../support/authorization-matrix";

/** Ids found at the start of the test (seeded demo data). */
export type Ids = {
  caseId: string;
  planId: string;
  referralId: string;
  /** A meeting the coordinator runs (writes); and the next case conference (where flags show). */
  meetingId: string;
  conferenceId: string;
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
  /** A case without referrals, voided by a late row; its citizen (who then has no open case). */
  voidCaseId: string;
  voidCitizenId: string;
  /** A programme the caseworker can refer to (the last one offered). */
  programmeId: string;
  /** A therapist other than the one the referral is assigned to now. */
  otherTherapistId: string;
  /** Filled by rows' `prepare` as the rows run: the referral this run's createReferralAction row sent
   * (then accepted, started and planned), the case the openCaseAction row opened (then given a
   * return-to-work plan), and a case with an open return-to-work plan the demo therapist may propose on. */
  newReferralId: string;
  newCaseId: string;
  proposalCaseId: string;
  /** A programme of the visitator's department the caseworker can refer `caseId` to. */
  triageProgrammeId: string;
  /** The ids of that programme's checklist items (criteria), answered "YES" in the referral form. */
  triageCriteria: string[];
  /** A programme of the visitator's department whose edit form the visitator gets (the last listed). */
  editProgrammeId: string;
  /** A case (from the end of the caseworker's list) with an allocation in a randomised study. */
  studyCaseId: string;
  /** The demo caseworker's user id (a meeting task is assigned to them). */
  caseworkerUserId: string;
  /** Records the end rows (./action-rows-end.ts) make or find for themselves and then end: a locked
   * user (unlocked), a citizen without cases (voided), a meeting that has begun (minutes closed), a study (closed). */
  lockedUserId: string;
  newCitizenId: string;
  closeMeetingId: string;
  closeMeetingStartsAt: number;
  closeStudyId: string;
};

/** Look-ups a row's `prepare` may make, each in the named demo role's session (fetched, not rendered). */
export type Finder = {
  /** Ids from the links in `<main>` of `url` matching `pattern` (first group), in page order. */
  links: (role: DemoRole, url: string, pattern: RegExp) => Promise<string[]>;
  /** The text of `<main>` of `url`. */
  text: (role: DemoRole, url: string) => Promise<string>;
  /** The choices (value and visible label) of the select `name` on `url`. */
  options: (role: DemoRole, url: string, name: string) => Promise<{ value: string; label: string }[]>;
  /** Each table row in `<main>` of `url` with a link matching `pattern`: the link's id (first group) and the row's text. */
  rows: (role: DemoRole, url: string, pattern: RegExp) => Promise<{ id: string; text: string }[]>;
  /** The text of each list item in `<main>` of `url`, whitespace collapsed. */
  items: (role: DemoRole, url: string) => Promise<string[]>;
  /** The fields of the first form on `url` bound to the server action `action`, or null. */
  form: (role: DemoRole, url: string, action: string) => Promise<[string, string][] | null>;
  /** Whether `url` has a form bound to the server action `action` ("<file>#<export>"). */
  hasForm: (role: DemoRole, url: string, action: string) => Promise<boolean>;
  /** Posts the server action `action` from `url` in the role's session, as its form would (./server-actions.ts). */
  post: (role: DemoRole, url: string, action: string, fields: [string, string][]) => Promise<ActionReply>;
  /** Signs in once with `email` and a wrong password through the login form (a fresh browser context). */
  failSignIn: (email: string) => Promise<void>;
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
  /** Only forms whose row / list item / section contains this text (a record this test made). */
  near?: string;
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
  /** Runs before the row: finds (into `ids`) a record an earlier row made or put in the needed state. */
  prepare?: (ids: Ids, find: Finder) => Promise<void>;
  /** Runs once before the first row, for a record that needs time before its row (a meeting that must have begun). */
  setup?: (ids: Ids, find: Finder) => Promise<void>;
};

/** Unique per run, so that a write shows on the page also when the test runs again on the same database. */
export const RUN = Date.now().toString(36);
export const day = (offset: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(Date.now() + offset * 86_400_000);
export const at = (offset: number) => `${day(offset)}T10:00`;
export const CASES = "app/(app)/cases/[caseId]/actions.ts";
export const REHAB = "app/(app)/rehab/actions.ts";
export const MEETINGS = "app/(app)/meetings/actions.ts";
/** The case page with every form drawn by the server (?form=all, ADR 0029): most of its forms are otherwise drawn by the browser. */
export const casePage = (i: Ids) => `/cases/${i.caseId}?form=all`;
/** The rehab plan page with every form drawn by the server (?form=all, ADR 0029 addendum). */
export const planPage = (i: Ids) => `/rehab/${i.planId}?form=all`;
export const meetingPage = (i: Ids) => `/meetings/${i.meetingId}`;
export const foreignCase = (i: Ids) => i.foreignCaseId;
export const RTW = "app/(app)/cases/[caseId]/rtw/actions.ts";
export const rtwPage = (i: Ids) => `/cases/${i.rtwCaseId}/rtw`;
export const USERS = "app/(app)/admin/users/actions.ts";
export const userPage = (i: Ids) => `/admin/users/${i.userId}`;
export const CONSENT_ACTIONS = "app/(app)/consents/actions.ts";
export const citizenPage = (i: Ids) => `/citizens/${i.citizenId}`;
export const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
