import type { settings as da } from "../da/settings";

export const settings: typeof da = {
  title: "Settings",
  intro: "The organisation's details and the thresholds features use. Every change is kept with its reason in the history.",
  organisation: {
    title: "Organisation",
    name: "Name",
    jurisdiction: "Jurisdiction",
    jurisdictionHint: "Decides which follow-up deadline rules apply. Open cases' deadlines are recomputed when it changes.",
    aidMandateDkk: "Caseworkers' mandate for workplace aids (DKK)",
    aidMandateHint: "Amounts above the mandate need a manager's approval.",
    saved: "The organisation's details are saved.",
  },
  jurisdictions: { DK: "Denmark" },
  thresholds: {
    title: "Thresholds",
    intro:
      "The thresholds are used by the features named with each group. An organisation that never changed a threshold uses the default.",
    range: "Between {min} and {max}. Default: {default}.",
    saved: "The thresholds are saved.",
    group: { meetings: "Agenda suggestions for the joint case conference" },
  },
  keys: {
    meetingDeadlineDueWithinDays: "Cases with a legal deadline within (days)",
    meetingReferralWaitingDays: "Referrals waiting longer than (days)",
    meetingRehabStalledWeeks: "Rehab plans without progress for (weeks)",
    meetingRtwBehindWeeks: "Return-to-work plans behind schedule for (weeks)",
  },
  unit: { days: "days", weeks: "weeks" },
  reason: "Reason",
  reasonHint: "E.g. a management decision or a change in the law. Shown in the history.",
  submit: "Save",
  submitting: "Saving…",
  history: {
    title: "History",
    caption: "Changes to the settings",
    when: "When",
    who: "Who",
    what: "Change",
    why: "Reason",
    change: "{field}: {from} → {to}",
    empty: "No changes yet.",
  },
  field: { name: "Name", jurisdiction: "Jurisdiction", aidMandateDkk: "Aid mandate (DKK)" },
  errors: { noChange: "There are no changes to save." },
};
