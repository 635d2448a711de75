// Rows of the server-action matrix (tests/e2e/authorization-actions.spec.ts) for the actions that
// END a record: unlocking a user, voiding a citizen, closing a meeting's minutes, closing a study.
// Each ends a record of its own, so that the records the other end-to-end specs use stay as they are:
//   - UNLOCK_ROWS: the demo seed's locked colleague (prisma/demo-users.ts LOCKED_DEMO_USER, locked
//     without failed sign-ins). On a database where an earlier run unlocked it, `prepare` locks it
//     again the only way the product has: ten failed sign-ins through the login form (these count
//     towards the per-address throttle of 50 in 15 minutes, so only on such a rerun);
//   - VOID_CITIZEN_ROWS: a citizen the caseworker registers just for the row (no case: voidable);
//   - CLOSE_MINUTES_ROWS: a leadership meeting the coordinator creates in `setup`, before the first
//     row, starting at the next whole minute but one (a meeting cannot be created in the past and its
//     minutes cannot be closed before it begins); the row waits until it has begun, if need be;
//   - CLOSE_STUDY_ROWS: a randomised study the manager defines just for the row, starting in 300 days
//     (no case can enter it before it is closed).
// Each creation goes through the allowed role's real form and server action (Finder.post).
// Types and helpers: ./action-rows.ts.
import { LOCKED_DEMO_USER } from "../../../prisma/demo-users";
import { RUN, USERS, MEETINGS, UUID, day, type ActionRow, type Finder, type Ids } from "./action-rows";
import type { ActionReply } from "./server-actions";

const UNLOCK = `${USERS}#unlockUserAction`;
/** LOGIN_MAX_FAILURES' default (lib/env.ts): failed sign-ins that lock an account. */
const FAILURES_TO_LOCK = 10;

/** The form's fields with `values` instead of the form's own (a list value repeats the name). */
function filled(fields: [string, string][], values: Record<string, string | string[]>): [string, string][] {
  return [
    ...fields.filter(([k]) => !(k in values)),
    ...Object.entries(values).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => [k, x] as [string, string])),
  ];
}

/** The fields of `action`'s form on `url` for `role`, or an error naming what is missing. */
async function formOf(find: Finder, role: Parameters<Finder["form"]>[0], url: string, action: string): Promise<[string, string][]> {
  const form = await find.form(role, url, action);
  if (!form) throw new Error(`no form of ${action} on ${url} for the ${role}`);
  return form;
}

/** The created record's id from an action's answer ({ data: … }), or an error with the answer. */
function createdId(reply: ActionReply, pick: (data: Record<string, unknown>) => unknown): string {
  const data = (reply.result as { ok?: boolean; data?: Record<string, unknown> } | undefined)?.data;
  const id = data ? pick(data) : undefined;
  if (typeof id !== "string") throw new Error(`not created: ${reply.status} ${JSON.stringify(reply.result)}`);
  return id;
}

/** The demo seed's locked colleague (on a rerun after an earlier run unlocked it: locked again first). */
async function findLockedUser(ids: Ids, find: Finder): Promise<void> {
  if (ids.lockedUserId) return;
  const listed = await find.rows("admin", "/admin", new RegExp(`^/admin/users/(${UUID})$`));
  const id = listed.find((r) => r.text.includes(LOCKED_DEMO_USER.email))?.id;
  if (!id) throw new Error(`${LOCKED_DEMO_USER.email} is not on /admin`);
  if (!(await find.hasForm("admin", `/admin/users/${id}`, UNLOCK))) {
    for (let i = 0; i < FAILURES_TO_LOCK; i++) await find.failSignIn(LOCKED_DEMO_USER.email);
  }
  ids.lockedUserId = id;
}

export const UNLOCK_ROWS: ActionRow[] = [
  // user.manage: the administrator; any other role gets the missing user's answer.
  { action: UNLOCK, allowed: "admin", page: (i) => `/admin/users/${i.lockedUserId}`, idField: "userId", prepare: findLockedUser },
];

/** A CPR number for a person born 1960–1995 (serial digits 0000–3999: the 1900s), random per run. */
function randomCpr(): string {
  const n = (max: number) => Math.floor(Math.random() * max);
  const two = (v: number) => String(v).padStart(2, "0");
  return `${two(1 + n(28))}${two(1 + n(12))}${two(60 + n(36))}${n(4)}${String(n(1000)).padStart(3, "0")}`;
}

export const VOID_CITIZEN_ROWS: ActionRow[] = [
  // citizen.edit: the jobcenter's caseworker; another municipality's citizen gets the missing one's answer.
  {
    action: "app/(app)/citizens/[citizenId]/actions.ts#voidCitizenAction",
    allowed: "caseworker",
    page: (i) => `/citizens/${i.newCitizenId}`,
    idField: "citizenId",
    foreign: (i) => i.foreignCitizenId,
    set: () => ({ reason: `Registreret to gange ved en fejl (${RUN})` }),
    redirectsTo: /^\/citizens(;|\?|$)/,
    prepare: async (ids, find) => {
      if (ids.newCitizenId) return;
      const create = "app/(app)/citizens/actions.ts#createCitizenAction";
      const form = await formOf(find, "caseworker", "/citizens/new", create);
      const values = { cpr: randomCpr(), firstName: "Helle", lastName: `Dobbeltregistreret`, employmentStatus: "EMPLOYEE" };
      const reply = await find.post("caseworker", "/citizens/new", create, filled(form, values));
      const id = reply.redirect?.match(new RegExp(`^/citizens/(${UUID})`))?.[1];
      if (!id) throw new Error(`citizen not created: ${reply.status} ${JSON.stringify(reply.result)}`);
      ids.newCitizenId = id;
    },
  },
];

/** "YYYY-MM-DDTHH:mm" in Danish time (a datetime-local field's value) for the instant `ms`. */
function danishLocal(ms: number): string {
  const parts = new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Copenhagen",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).format(ms);
  return parts.replace(" ", "T");
}

const CLOSE_MINUTES = `${MEETINGS}#closeMinutesAction`;

export const CLOSE_MINUTES_ROWS: ActionRow[] = [
  // meeting.run: the coordinator who runs the meeting; every other role gets the missing meeting's answer.
  {
    action: CLOSE_MINUTES,
    allowed: "coordinator",
    page: (i) => `/meetings/${i.closeMeetingId}`,
    idField: "meetingId",
    setup: async (ids, find) => {
      const create = `${MEETINGS}#createMeetingAction`;
      const form = await formOf(find, "coordinator", "/meetings", create);
      const startsAt = (Math.floor(Date.now() / 60_000) + 2) * 60_000;
      const values = {
        kind: "LEADERSHIP",
        title: `Kort statusmøde (${RUN})`,
        startsAt: danishLocal(startsAt),
        durationMinutes: "15",
        place: "Mødelokale 3",
        weeks: "1",
      };
      const reply = await find.post("coordinator", "/meetings", create, filled(form, values));
      ids.closeMeetingId = createdId(reply, (d) => (d.ids as unknown[] | undefined)?.[0]);
      ids.closeMeetingStartsAt = startsAt;
    },
    // The minutes of a meeting can be closed once it has begun.
    prepare: async (ids) => {
      const wait = ids.closeMeetingStartsAt + 1_000 - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    },
  },
];

export const CLOSE_STUDY_ROWS: ActionRow[] = [
  // study.close: managers only (ADR 0016 addendum: closing goes with the results page); every other
  // role, the administrator included, gets the missing study's answer.
  {
    action: "app/(app)/studies/actions.ts#closeStudyAction",
    allowed: "manager",
    page: (i) => `/studies/${i.closeStudyId}`,
    idField: "studyId",
    set: () => ({ reason: `Forsøget blev aflyst før start (${RUN})` }),
    prepare: async (ids, find) => {
      if (ids.closeStudyId) return;
      const create = "app/(app)/studies/actions.ts#createStudyAction";
      const form = await formOf(find, "manager", "/studies", create);
      const values = {
        name: `Kortere forløb (${RUN})`,
        question: "Kommer borgerne hurtigere tilbage i arbejde med et kortere forløb?",
        intervention: "Kortere forløb med tæt opfølgning",
        design: "RANDOMISED",
        ratioIntervention: "1",
        ratioControl: "1",
        startOn: day(300),
        plannedEndOn: day(600),
        plannedParticipants: "100",
      };
      const reply = await find.post("manager", "/studies", create, filled(form, values));
      ids.closeStudyId = createdId(reply, (d) => d.id);
    },
  },
];
