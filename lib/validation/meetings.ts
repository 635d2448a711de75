// Inputs of the meeting use cases (issue 12, ADR 0017). Shared by the browser forms and the server actions.
import { z } from "zod";
import type { MeetingKind, MeetingTaskParty } from "@/lib/db/generated/enums";
import {
  enumField,
  intInRange,
  listField,
  optionalText,
  optionalUuidField,
  requiredDateTime,
  requiredDay,
  checkbox,
  requiredText,
  uuidField,
  versionField,
} from "./fields";
import { MEETING_KINDS, TASK_PARTIES } from "./choices";
import { containsCprLike } from "./cpr";
export { MEETING_KINDS, TASK_PARTIES };

/** Why an item is on the agenda: one of the suggestion rules, or added by hand. */
export const AGENDA_SOURCES = ["DEADLINE", "REFERRAL_WAITING", "REHAB_STALLED", "RTW_BEHIND", "FLAG", "MANUAL"] as const;
export type AgendaSource = (typeof AGENDA_SOURCES)[number];

/** The longest weekly series created in one step (weeks). */
export const MAX_SERIES_WEEKS = 26;

/** One external participant per line, "Name – role" (the role after a dash is optional); at most 20. */
const externalParticipants = optionalText(2000)
  .transform((s) =>
    (s ?? "")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => {
        const [name, ...role] = l.split(/\s+[–-]\s+/);
        return { name: name!.trim(), role: role.join(" – ").trim() };
      }),
  )
  .refine((list) => list.length <= 20, "errors.tooLong")
  .refine((list) => list.every((p) => p.name.length <= 200 && p.role.length <= 200), "errors.tooLong");

/** A whole value that is one https link (the form's "Sted eller videolink" field holding a video link). */
const LONE_HTTPS_LINK = /^https:\/\/\S+$/;
/** A value that starts like a link ("https://", "http:", "www."): it must then be a whole https link (fix15 item 5). */
const STARTS_LIKE_LINK = /^(https?:|www\.)/i;

/**
 * True when `s` is one whole https URL with a real host (URL parser): no spaces, a host name with a
 * dot and a top-level domain ("https://", "https://meet", "https://localhost", "https://10.0.0.1" are not).
 */
export function isWholeHttpsUrl(s: string): boolean {
  if (!LONE_HTTPS_LINK.test(s)) return false;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return false;
  }
  const host = url.hostname;
  // A name ending in a top-level domain with a letter: not "localhost", not an IP address ("https://0" parses as 0.0.0.0).
  const tld = host.split(".").at(-1) ?? "";
  return url.protocol === "https:" && host.includes(".") && !host.startsWith(".") && /[a-z]/i.test(tld) && host !== "localhost";
}
/** The longest place; the "Sted eller videolink" field takes up to VIDEO_LINK_MAX for a video link. */
export const PLACE_MAX = 200;
export const VIDEO_LINK_MAX = 500;

const videoLink = z
  .preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.union([z.literal(""), z.url("errors.invalidUrl").max(VIDEO_LINK_MAX, "errors.tooLong")]).optional(),
  )
  .transform((s) => (s ? s : null))
  .refine((s) => s === null || isWholeHttpsUrl(s), "errors.invalidUrl");

/**
 * Creating a meeting, or a weekly series of `weeks` meetings (weekly case conferences only).
 * `startsAt` is Danish wall-clock time; a place or a video link is required. The form has one required
 * field for both ("Sted eller videolink", `place`): a value that is only an https link is stored as the
 * meeting's video link (shown as a link), anything else as its place.
 */
export const ZCreateMeeting = z
  .object({
    kind: enumField(MEETING_KINDS),
    title: requiredText(200),
    startsAt: requiredDateTime,
    durationMinutes: intInRange(15, 480),
    // Up to VIDEO_LINK_MAX for a video link typed here; a place is at most PLACE_MAX (below).
    place: optionalText(VIDEO_LINK_MAX),
    videoLink,
    participantIds: listField(z.array(uuidField).max(50, "errors.tooLong")),
    externalParticipants,
    weeks: intInRange(1, MAX_SERIES_WEEKS),
  })
  .superRefine((v, ctx) => {
    if (!v.place && !v.videoLink) ctx.addIssue({ code: "custom", path: ["place"], message: "meetings.errors.placeOrLink" });
    // (Over VIDEO_LINK_MAX the field's own limit has spoken.)
    if (v.place && v.place.length <= VIDEO_LINK_MAX) {
      if (STARTS_LIKE_LINK.test(v.place) && !isWholeHttpsUrl(v.place)) {
        // "https://" alone, "https://meet", "www.…", "http://…": not a place, not a usable link.
        ctx.addIssue({ code: "custom", path: ["place"], message: "errors.invalidUrl" });
      } else if (!v.videoLink && LONE_HTTPS_LINK.test(v.place)) {
        // Stored as the video link (below): it must be one, and the error stands at the field it was typed in.
        const link = videoLink.safeParse(v.place);
        if (!link.success) for (const issue of link.error.issues) ctx.addIssue({ code: "custom", path: ["place"], message: issue.message });
      } else if (v.place.length > PLACE_MAX) ctx.addIssue({ code: "custom", path: ["place"], message: "meetings.errors.placeTooLong" });
    }
    if (v.weeks > 1 && v.kind !== "WEEKLY_CASE_CONFERENCE")
      ctx.addIssue({ code: "custom", path: ["weeks"], message: "meetings.errors.seriesOnlyWeekly" });
  })
  .transform((v) => (!v.videoLink && v.place && LONE_HTTPS_LINK.test(v.place) ? { ...v, place: null, videoLink: v.place } : v));
export type TCreateMeeting = z.output<typeof ZCreateMeeting>;

/** The refusal of a CPR number in the free text of an anonymised item (fix15 item 1; containsCprLike). */
export const CPR_IN_ANONYMISED = "meetings.errors.cprInAnonymised";

/**
 * Adding an item: naming a citizen (`citizenId`; needs consent in both directions) or anonymised
 * (no citizen, only the question, which must not hold a CPR number). `flagId` takes up a conference
 * flag (its question is used when none is given).
 */
export const ZAddAgendaItem = z
  .object({
    meetingId: uuidField,
    citizenId: optionalUuidField,
    flagId: optionalUuidField,
    source: enumField(AGENDA_SOURCES),
    question: requiredText(1000),
  })
  .superRefine((v, ctx) => {
    if (!v.citizenId && containsCprLike(v.question)) ctx.addIssue({ code: "custom", path: ["question"], message: CPR_IN_ANONYMISED });
  });
export type TAddAgendaItem = z.output<typeof ZAddAgendaItem>;

/** Moving an item one place up or down. */
export const ZMoveAgendaItem = z.object({ itemId: uuidField, direction: enumField(["UP", "DOWN"] as const) });
export type TMoveAgendaItem = z.output<typeof ZMoveAgendaItem>;

/**
 * Removing an item from the agenda (soft), with the version the page showed. `confirmed` is posted by
 * the confirmation step (the form shows it for an item with minutes); the use case requires it then.
 */
export const ZRemoveAgendaItem = z.object({ itemId: uuidField, version: versionField, confirmed: checkbox });
export type TRemoveAgendaItem = z.output<typeof ZRemoveAgendaItem>;

/**
 * The minutes of one item. After the minutes are closed a change is a correction and needs a
 * reason (checked by the use case, which knows whether they are closed).
 */
export const ZRecordItemMinutes = z.object({
  itemId: uuidField,
  version: versionField,
  notes: optionalText(5000),
  decision: optionalText(2000),
  /** Roundtable: the topics (from the SHARE_WITH_EMPLOYER consent) the citizen agreed may be shared with the employer. */
  employerShare: listField(z.array(requiredText(200)).max(20, "errors.tooLong")),
  reason: optionalText(1000),
});
export type TRecordItemMinutes = z.output<typeof ZRecordItemMinutes>;

/** An action item: a staff user (`assigneeId`) or the citizen, employer or GP by name (`assigneeText`), with a due day. */
export const ZAddMeetingTask = z
  .object({
    itemId: uuidField,
    party: enumField(TASK_PARTIES),
    assigneeId: optionalUuidField,
    assigneeText: optionalText(200),
    description: requiredText(1000),
    dueOn: requiredDay,
  })
  .superRefine((v, ctx) => {
    if (v.party === "STAFF" && !v.assigneeId) ctx.addIssue({ code: "custom", path: ["assigneeId"], message: "errors.required" });
    if (v.party !== "STAFF" && !v.assigneeText) ctx.addIssue({ code: "custom", path: ["assigneeText"], message: "errors.required" });
  })
  .transform((v) => ({
    ...v,
    assigneeId: v.party === "STAFF" ? v.assigneeId : null,
    assigneeText: v.party === "STAFF" ? null : v.assigneeText,
  }));
export type TAddMeetingTask = z.output<typeof ZAddMeetingTask>;

/** Closing a meeting's minutes (read-only from then on). */
export const ZCloseMinutes = z.object({ meetingId: uuidField, version: versionField });
export type TCloseMinutes = z.output<typeof ZCloseMinutes>;

/** Completing one of the actor's action items. */
export const ZCompleteTask = z.object({ taskId: uuidField, version: versionField });
export type TCompleteTask = z.output<typeof ZCompleteTask>;

/** Flagging a case or a rehab plan for the weekly case conference, with the question to discuss. */
export const ZFlagForConference = z
  .object({ caseId: optionalUuidField, rehabPlanId: optionalUuidField, question: requiredText(1000) })
  .superRefine((v, ctx) => {
    // The question goes on the agenda anonymised when the consent does not cover both directions (ADR 0017).
    if (containsCprLike(v.question)) ctx.addIssue({ code: "custom", path: ["question"], message: "meetings.errors.cprInFlag" });
    if (!v.caseId === !v.rehabPlanId) ctx.addIssue({ code: "custom", path: ["question"], message: "errors.invalidChoice" });
  });
export type TFlagForConference = z.output<typeof ZFlagForConference>;
