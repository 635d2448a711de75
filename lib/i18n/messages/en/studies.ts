import type { studies as da } from "../da/studies";

// NB (phase 1): not yet registered in ./index.ts — phase 2 does that together with the pages.
export const studies: typeof da = {
  arm: { INTERVENTION: "Intervention group", CONTROL: "Control group", COMPARISON: "Comparison group" },
  reading: {
    tooFew: "There are too few participants to compare the groups yet. Each group needs at least {minimum}.",
    noFollowUp: "The participants have not been followed long enough to compare their time on sickness benefit.",
    cannotTellYet:
      "We cannot tell yet whether the intervention makes a difference. {direction, select, shorter {So far, participants in the intervention group spent on average {days, plural, one {# day} other {# days}} less on sickness benefit} longer {So far, participants in the intervention group spent on average {days, plural, one {# day} other {# days}} more on sickness benefit} other {So far, there is no difference in the average time on sickness benefit}} within the first {tau} days after entry, but the uncertainty ranges from {shorterBy} days less to {longerBy} days more. That includes a gain, no difference and a loss.",
    shorter:
      "Participants in the intervention group spent on average {days, plural, one {# day} other {# days}} less on sickness benefit within the first {tau} days after entry (95% confidence interval: {from} to {to} days less).",
    longer:
      "Participants in the intervention group spent on average {days, plural, one {# day} other {# days}} more on sickness benefit within the first {tau} days after entry (95% confidence interval: {from} to {to} days more).",
    moreParticipantsNeeded:
      "To detect a difference of {effect} days with {power}% probability, the spread seen so far means about {needed} participants are needed in all – {more} more than today.",
    enoughParticipants:
      "There are enough participants to detect a difference of {effect} days with {power}% probability (about {needed} are needed). A difference that large is not seen so far.",
    tauShortened:
      "The comparison covers only the first {tau} days after entry (planned: {plannedTau} days), because participants have not been followed longer yet.",
    openCasesCensored:
      "Cases that are still open count for the time they have been followed. They do not pull the result in any particular direction.",
    matched:
      "The groups are compared by matching, not by randomisation. A difference may therefore also be due to circumstances the matching does not account for.",
    interim:
      "This is an interim look. The more often a result is looked at along the way, the greater the risk of seeing a difference that is due to chance. The conclusion is drawn at the study's planned end.",
  },
  registration: {
    warning: {
      exemptions:
        "Exemptions are registered differently: {intervention}% in the intervention group against {control}% in the control group (limit: {threshold} percentage points). This is how the evaluation of the 2009 trial was weakened. Check that exemptions are assessed and registered alike in both groups.",
      missingFollowUps:
        "Missing follow-up conversations: {intervention}% of participants in the intervention group against {control}% in the control group lack a conversation that was due (limit: {threshold} percentage points).",
      missingClosingReasons:
        "Closed cases without a closing reason: {intervention}% in the intervention group against {control}% in the control group (limit: {threshold} percentage points).",
      daysToFirstRegistration:
        "Time from entry to first registration: median {intervention} days in the intervention group against {control} days in the control group (limit: {threshold} days' difference).",
      daysFirstAbsenceToEntry:
        "Cases enter the study at different moments: median {intervention} days after the first absence day in the intervention group against {control} days in the control group (limit: {threshold} days' difference).",
    },
  },
};
