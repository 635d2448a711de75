import type { studies as da } from "../da/studies";

export const studies: typeof da = {
  navLabel: "Effect studies",
  title: "Effect studies",
  intro:
    "Does the joint effort work? Here you define studies in which new cases are either allocated by lot at the first held follow-up conversation, or in which cases that got a programme are compared with similar cases that did not (matched comparison). Results are shown as aggregates only, and figures for fewer than 5 citizens are hidden.",
  design: { RANDOMISED: "Allocation by lot (randomised)", MATCHED: "Matched comparison" },
  status: { PLANNED: "Planned (starts later)", RUNNING: "Running", CLOSED: "Closed" },
  shown: { small: "< 5", none: "–", complementary: "–" },
  list: {
    heading: "Studies",
    caption: "The municipality's effect studies",
    name: "Name",
    design: "Design",
    status: "Status",
    period: "Period",
    participants: "Participants (planned)",
    none: "There are no studies yet.",
    results: "See results for {name}",
    period_value: "{from} – {to}",
    complementaryNote:
      "“–”: the number is hidden to protect a figure under 5 on the study's results page – otherwise the hidden figure could be worked out by subtraction. The number may well be 5 or more.",
    matchedParticipants: "formed at analysis",
  },
  create: {
    plannedName: "“{name}” (starts {date})",
    runningNote:
      "Randomised studies running or planned: {names}. A new case enters every running randomised study whose population it belongs to, drawn independently in each. Each study still compares its own groups, but make sure the interventions do not contradict each other (e.g. one offers a programme that the other keeps from its control group).",
    heading: "New study",
    name: "Name",
    question: "Question",
    questionHint: "E.g.: Do citizens with back pain return to work sooner with a multidisciplinary team?",
    intervention: "The intervention as a way of working",
    interventionHint: "A particular way of working, e.g. “special team”. May be left empty when programmes are chosen.",
    programmes: "Programmes that are the intervention",
    programmesHint:
      "Choose one or more programmes from the catalogue. In a matched comparison the intervention group is the cases with a referral to one of them that was accepted or started.",
    noProgrammes: "The municipality has no programmes in the catalogue yet.",
    programmeInactive: "{name} (not active)",
    design: "Design",
    designHint:
      "By lot: new cases are allocated at the first follow-up conversation, and the start cannot lie before today. Matched comparison: no allocation; cases that got one of the programmes are compared with similar cases that did not. It needs at least one programme, and the period may lie in the past.",
    population: "Which diagnosis groups are included?",
    populationHint:
      "None chosen = all new cases. A case enters at its first held follow-up conversation within the period – but not if it already has a status change (partial return, closing) effective on that day or later.",
    stratify: "Allocate within each diagnosis group (stratification)",
    ratioIntervention: "Ratio: share to the intervention group",
    ratioControl: "Ratio: share to the control group",
    ratioHint: "Whole numbers 1–10, e.g. 1 and 1 for groups of equal size. By lot only; matching is always 1:1.",
    startOn: "Start",
    plannedEndOn: "Planned end",
    plannedParticipants: "Planned number of participants",
    plannedEffectDays: "Expected effect (days less on sickness benefit)",
    plannedEffectHint: "Used to compute how many participants are needed. May be left empty.",
    submit: "Create study",
    success: "The study has been created.",
  },
  close: {
    heading: "Close the study",
    intro:
      "When the study is closed, no more cases enter, and the allocation key is revealed so that an auditor can verify every allocation.",
    introMatched: "When the study is closed, no more cases enter, and the results are computed on the cases included.",
    reason: "Reason",
    submit: "Close the study",
    success: "The study has been closed.",
    verified: "The allocation has been verified: every allocation matches the sequence from the key.",
    notVerified: "Warning: one or more allocations do not match the sequence from the key.",
    seed: "Allocation key (for the auditor)",
    closedOn: "Closed {date}: {reason}",
  },
  errors: {
    endBeforeStart: "The planned end must be after the start.",
    tooLong: "A study can run for at most 5 years.",
    startInPast: "The start cannot be before today: cases that have already started cannot be allocated afterwards.",
    nameTaken: "A study with that name already exists.",
    alreadyClosed: "The study has already been closed.",
    matchedNeedsProgramme: "A matched comparison needs at least one programme: the intervention group is the cases that got it.",
    interventionRequired: "Choose at least one programme, or describe the way of working.",
  },
  results: {
    definition: "About the study",
    question: "Question",
    intervention: "Intervention",
    programmes: "Programmes",
    wayOfWorking: "Way of working",
    population: "Population",
    allGroups: "All diagnosis groups",
    ratio: "Ratio",
    ratioValue: "{intervention}:{control}",
    period: "Period",
    planned: "Planned number of participants",
    excluded: "Left out: case records contradict the entry",
    asOf: "As of {date}. Figures for fewer than 5 citizens are shown as “< 5”.",
    reading: "What does the result show?",
    participants: "Participants",
    participantsCaption: "Participants and open cases per group",
    group: "Group",
    count: "Participants",
    open: "Still on sickness benefit",
    baseline: "The groups at entry (balance)",
    baselineCaption: "Background characteristics of the two groups at entry. A standardised difference above {threshold} is marked.",
    baselineCaptionMatched:
      "Background characteristics of the matched groups with the standardised difference before and after matching. Differences above {threshold} are marked.",
    smdBefore: "Standardised difference before matching",
    smdAfter: "Standardised difference after matching",
    matching: "How the groups were formed",
    matchingIntro:
      "The intervention group is the cases that entered at their first held follow-up conversation in the period and had a referral to one of the study's programmes accepted or started within {graceDays} days after it. Each is paired with one case from the same municipality and period that did not get the programme: same age band, sex, diagnosis group and employment status, at most {weeks} weeks apart in time on sickness benefit and at most {days} days apart in entry.",
    matchingCaption: "Cases in the matching",
    matchingCount: "Number",
    matchingRows: {
      treated: "Cases that got one of the programmes",
      pool: "Possible comparison cases (did not get the programme)",
      pairs: "Matched pairs",
      unmatched: "Cases without a suitable comparison case (not included)",
      lateIntervention: "Cases that got the programme more than {graceDays} days after entry (not included)",
    },
    outcomes: "Results",
    outcomesGate:
      "Look at the balance table first: are the groups alike at entry? If the differences are large, a difference in the results may come from the groups rather than the intervention.",
    outcomesShow: "I have seen the balance – show the results",
    covariate: "Characteristic",
    smd: "Standardised difference",
    imbalanced: "imbalanced",
    covariates: {
      ageBand: "Age",
      sex: "Sex",
      diagnosisGroup: "Diagnosis group",
      employmentStatus: "Employment",
      weeksOnBenefitAtEntry: "Weeks on sickness benefit at entry (mean)",
    },
    sex: { M: "Man", F: "Woman" },
    registration: "The same registration in both groups",
    registrationCaption: "Registration per group: are both groups registered the same way?",
    registrationOk: "No differences in registration beyond the thresholds.",
    registrationTooFew: "Too few participants to compare the registration yet.",
    metric: "Registration",
    metrics: {
      exemptions: "Share with an exemption after entry",
      missingFollowUps: "Share missing a follow-up conversation",
      missingClosingReasons: "Closed cases without a reason",
      daysToFirstRegistration: "Days from entry to first registration (median)",
      daysFirstAbsenceToEntry: "Days from first absence to entry (median)",
    },
    exceeds: "beyond the threshold",
    curve: "Share off sickness benefit after entry",
    curveFirstReturn: "Share with a first return to work (partial or full)",
    curveHintFirstReturn:
      "The curves show the share who have returned to work (partially or fully), day by day after entry. A curve stops where fewer than 5 remain.",
    curveCaptionFirstReturn: "Points of the curve: share returned to work per day after entry",
    atRiskCaptionFirstReturn: "Number not yet back at work per day after entry",
    curveHint: "The curves show the share who have left sickness benefit, day by day after entry. A curve stops where fewer than 5 remain.",
    curveCaption: "Points of the curve: share off benefit per day after entry",
    day: "Day after entry",
    share: "Share off",
    atRisk: "Number at risk (still on sickness benefit)",
    atRiskCaption: "Number still on sickness benefit per day after entry",
    effect: "Effect with uncertainty",
    effectCaption:
      "Differences between the intervention group and the control group (negative = shorter in the intervention group) with 95% confidence interval",
    effectCaptionMatched:
      "Differences between the intervention group and the comparison group (negative = shorter in the intervention group) with 95% confidence interval",
    measure: "Measure",
    estimate: "Estimate",
    interval: "95% confidence interval",
    rmst: "Mean time on sickness benefit within {tau} days, difference in days",
    medianDiff: "Difference in median time on sickness benefit, days",
    medianArm: "Median time on sickness benefit, {arm}",
    logRank: "Log-rank test (the same course in both groups?)",
    logRankValue: "χ² = {chi}, p = {p}",
    hazard: "Hazard ratio (intervention vs control)",
    hazardMatched: "Hazard ratio (intervention vs comparison)",
    notReached: "not reached",
    open_end: "open",
    offBenefitAt: "Share off sickness benefit {months} months after entry",
    offBenefitCaption: "Share off sickness benefit after 3, 6 and 12 months (Wilson interval; difference by Newcombe's method)",
    months: "{months} months",
    difference: "Difference (intervention − control)",
    differenceMatched: "Difference (intervention − comparison)",
    notComparable: "The groups are compared once each has at least 5 participants.",
    csv: "Download results (CSV)",
    back: "Back to the studies",
    percentPoints: "{value} percentage points",
  },
  caseBox: {
    heading: "Effect study",
    note: "Note on the allocation",
    noteHint: "E.g. why the intervention was not offered. The allocation does not change; the note is kept in the history.",
    noteSubmit: "Add note",
    noteSaved: "The note has been saved.",
    notes: "Notes",
    noteBy: "{by}, {at}: {text}",
    entered: "The case entered “{name}” on {date} at its first follow-up conversation.",
    meaning: {
      INTERVENTION: "The allocation placed the citizen in the intervention group: offer the citizen the intervention “{intervention}”.",
      CONTROL:
        "The allocation placed the citizen in the control group: the case is handled as usual, without the intervention “{intervention}”.",
    },
    same: "Register the case exactly like every other case — exemptions, conversations and closing reason — whatever the group. The allocation cannot be changed.",
    closed: "The study has been closed.",
  },
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
      "To detect a difference of {effect} days with {power}% probability, the spread seen so far means about {needed, number} participants are needed in all – {more, number} more than today.",
    enoughParticipants:
      "There are enough participants to detect a difference of {effect} days with {power}% probability (about {needed, number} are needed). A difference that large is not seen so far.",
    noPlannedEffect:
      "The study has no planned effect. Set the planned effect in days to see how many participants are needed to detect it.",
    tauShortened:
      "The comparison covers only the first {tau} days after entry (planned: {plannedTau} days), because participants have not been followed longer yet.",
    openCasesCensored:
      "Cases that are still open count for the time they have been followed. They do not pull the result in any particular direction.",
    matched:
      "The groups are compared by matching, not by randomisation. A difference may therefore also be due to circumstances the matching does not account for.",
    interim:
      "This is an interim look. The more often a result is looked at along the way, the greater the risk of seeing a difference that is due to chance. The conclusion is drawn at the study's planned end.",
  },
  firstAbsence: {
    heading: "Time from the first absence day",
    hint: "The same outcomes measured from the citizen's first absence day instead of from entry into the study. Participants are followed from the day they entered (delayed entry), so the figures apply to citizens who were still on sickness benefit at entry.",
    caption:
      "Median days from the first absence day per group with 95% confidence interval, the difference in medians ({group, select, matched {intervention − comparison} other {intervention − control}}) and the log-rank test",
    endpoint: { offBenefit: "Off sickness benefit", firstReturn: "First return to work (partial or full)" },
    medianDifference: "Difference in median, days",
    logRank: "Log-rank test",
  },
  scores: {
    heading: "Self-rated health and work ability",
    hint: "The change from the first to the latest progress note in rehabilitation, for participants with at least two progress notes. Self-rated health is scored from 1 to 5 and work ability from 0 to 10; a positive change is an improvement.",
    caption:
      "Mean change per group and the difference ({group, select, matched {intervention − comparison} other {intervention − control}}) with 95% confidence interval (Welch)",
    measure: { selfRatedHealth: "Self-rated health (1–5)", workAbility: "Work ability (0–10)" },
    cell: "{n} with notes, change {mean}",
    n: "number with notes",
    meanChange: "mean change",
    points: "{value} points",
    reading: {
      tooFew:
        "{score, select, selfRatedHealth {Self-rated health} other {Work ability}} is compared once at least {minimum} in each group have two progress notes.",
      noEstimate:
        "The change in {score, select, selfRatedHealth {self-rated health} other {work ability}} cannot be compared yet because the figures do not vary.",
      cannotTellYet:
        "We cannot tell yet whether the intervention changes {score, select, selfRatedHealth {self-rated health} other {work ability}}: the uncertainty of the difference spans {from, number} to {to, number} points, which includes an improvement, no difference and a decline.",
      higher:
        "{score, select, selfRatedHealth {Self-rated health} other {Work ability}} developed on average {points, number} points better in the intervention group than in the {group, select, matched {comparison group} other {control group}} (95% confidence interval: {from, number} to {to, number} points).",
      lower:
        "{score, select, selfRatedHealth {Self-rated health} other {Work ability}} developed on average {points, number} points worse in the intervention group than in the {group, select, matched {comparison group} other {control group}} (95% confidence interval: {from, number} to {to, number} points).",
    },
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
    differs: {
      exemptions:
        "Exemptions are registered differently in the two groups – by more than the limit allows. The figures are not shown because they rest on fewer than five citizens. Check that exemptions are assessed and registered alike in both groups.",
      missingFollowUps:
        "The share lacking a follow-up conversation differs between the two groups – by more than the limit allows. The figures are not shown because they rest on fewer than five citizens.",
      missingClosingReasons:
        "The share of closed cases without a closing reason differs between the two groups – by more than the limit allows. The figures are not shown because they rest on fewer than five citizens.",
      daysToFirstRegistration:
        "The time from entry to first registration differs between the two groups – by more than the limit allows. The figures are not shown because they rest on fewer than five citizens.",
      daysFirstAbsenceToEntry:
        "Cases enter the study at different moments in the two groups – by more than the limit allows. The figures are not shown because they rest on fewer than five citizens.",
    },
  },
};
