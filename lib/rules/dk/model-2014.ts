// Denmark since the 2014 sickness-benefit reform (lov nr. 720 af 25. juni 2014; the visitation and
// follow-up model in force 5 January 2015): "DK 2014 reform (current)". Sources: sygedagpengeloven
// §§ 7 a, 11 a, 12–13 d, 24 and 27; vejledning nr. 9208 af 21. marts 2023 om visitation og
// opfølgning m.v. i sygedagpengesager. Pure and deterministic. Counting as in ./common.ts.
//
// Rules (each has tests in tests/dk-2014-*.test.ts, ADR 0006 has the readings):
//  1. CLOSED → no deadlines. Pauses (exemptions incl. the standby arrangement, closure + reopening)
//     move or remove every conversation deadline exactly as in the 2009 rules (applyPauses).
//  2. EMPLOYER_CONVERSATION (§ 7 a) by the end of week `employerConversationWeek`, pending as in 2009.
//  3. The next conversation:
//     - category 1 in force (§ 13 a): the municipality plans its own follow-up, but a conversation with
//       revisitation is due by the end of week `category1RevisitationWeek` unless one was held in or after
//       that week; if the case is still category 1 after it, there is no statutory deadline and the flag
//       CATEGORY_1_PAST_WEEK_8 is raised;
//     - otherwise, before any follow-up: FIRST_FOLLOW_UP by the end of week `firstFollowUpWeek` (§ 13 b, stk. 1);
//     - after a held follow-up H in category 2 or 3: FOLLOW_UP by H + `followUpIntervalWeeks` weeks; if the
//       case entered category 2/3 on a day S after H and H + interval has passed by S, by S + interval;
//       none when that falls after the first `followUpRhythmMonths` months (0 = no such end).
//       Without any recorded category the same rhythm applies and VISITATION_MISSING is raised;
//     - early follow-up on request (fast track, § 13 b, stk. 2): before the first follow-up, a request by
//       the employee, or by the employer and not declined by the employee, makes the first conversation
//       due `fastTrackWithinWeeks` after the earliest request when that is earlier.
//     The first conversation requires personal attendance; later ones when `inPersonFollowUps` is 1,
//     except while the citizen is partially back at work or in a programme (today).
//  4. DOCTOR_CERTIFICATE (§ 11 a) before the first follow-up when `doctorCertificateRequired` is 1 and
//     the case is not in category 1: due `doctorCertificateLeadDays` before the first conversation's
//     deadline, met when received; DOCTOR_CERTIFICATE_MISSING is raised when the first conversation
//     is due within `dueSoonDays` (or overdue) without it.
//  5. REHABILITATION_TEAM (§ 13 d, stk. 3, when `rehabTeamRequired` is 1) while in category 3: within `rehabTeamWithinWeeks` of the
//     visitation that started the current category-3 run; met by a rehabilitation-team meeting on or
//     after that day; gone when the case leaves category 3 before it.
//  6. Reassessment and benefit limit: ./reassessment.ts. An exemption does not suspend it.
import { addDays, addMonths, daysBetween, endOfWeek, startOfWeek } from "../dates";
import type { CaseFacts, DeadlineDraft, DeadlineFlag, RulesEvaluation } from "../types";
import {
  applyPauses,
  exemptionOn,
  inProgrammeOn,
  openCaseBasics,
  pausesOf,
  STANDBY_EXEMPTION_REASONS,
  statusOn,
  t,
  type Pause,
  type Timeline,
} from "./common";
import type { Dk2014Parameters } from "./params-2014";
import { reassessmentDrafts } from "./reassessment";
import { categoryOn, runStartOn } from "./visitation";

const P = {
  employer: "sygedagpengeloven § 7 a",
  certificate: "sygedagpengeloven § 11 a",
  visitation: "sygedagpengeloven § 12",
  category1: "sygedagpengeloven § 13 a, stk. 1",
  followUp: "sygedagpengeloven § 13 b, stk. 1",
  fastTrack: "sygedagpengeloven § 13 b, stk. 2",
  rehabTeam: "sygedagpengeloven § 13 d, stk. 3",
  standby: "vejledning nr. 9208 af 21. marts 2023, afsnit 9 (standby-ordning)",
} as const;

type Ctx = { p: Dk2014Parameters; facts: CaseFacts; timeline: Timeline; lastHeld: Date | null; pauses: Pause[]; today: Date };

/** The earliest request for early follow-up that obliges the municipality (an employer's request the employee declined does not). */
function earlyFollowUpRequestedOn(facts: CaseFacts): Date | null {
  const requests = (facts.earlyFollowUpRequests ?? []).filter((r) => !(r.by === "EMPLOYER" && r.declinedByEmployeeOn));
  return requests.map((r) => r.requestedOn).sort((a, b) => t(a) - t(b))[0] ?? null;
}

function nextConversation({ p, facts, timeline, lastHeld, pauses, today }: Ctx, flags: DeadlineFlag[]): DeadlineDraft | null {
  const first = facts.firstAbsenceDay;
  const category = categoryOn(facts, today);
  let due: Date | null = null;
  let basis = "";
  let paragraph: string = P.followUp;
  if (category === 1) {
    const revisitationWeekStart = startOfWeek(first, p.category1RevisitationWeek);
    if (lastHeld && t(lastHeld) >= t(revisitationWeekStart)) {
      flags.push({
        kind: "CATEGORY_1_PAST_WEEK_8",
        since: lastHeld,
        legalBasisKey: "dk2014Category1Revisitation",
        legalParagraph: P.category1,
      });
    } else {
      due = endOfWeek(first, p.category1RevisitationWeek);
      basis = "dk2014Category1Revisitation";
      paragraph = P.category1;
    }
  } else if (!lastHeld) {
    due = endOfWeek(first, p.firstFollowUpWeek);
    basis = "dk2014FirstFollowUp";
  } else {
    const interval = 7 * p.followUpIntervalWeeks;
    due = addDays(lastHeld, interval);
    const runStart = runStartOn(facts, today, [2, 3]);
    if (runStart && t(runStart) > t(lastHeld) && t(due) < t(runStart)) due = addDays(runStart, interval);
    basis = "dk2014FollowUp";
    // After the first `followUpRhythmMonths` months the follow-up is agreed with the citizen: no statutory deadline.
    if (p.followUpRhythmMonths > 0 && t(due) > t(addMonths(first, p.followUpRhythmMonths))) due = null;
    if (category === null)
      flags.push({ kind: "VISITATION_MISSING", since: lastHeld, legalBasisKey: "dk2014Visitation", legalParagraph: P.visitation });
  }
  if (!lastHeld) {
    const requestedOn = earlyFollowUpRequestedOn(facts);
    const fastDue = requestedOn ? addDays(requestedOn, 7 * p.fastTrackWithinWeeks) : null;
    if (fastDue && (due === null || t(fastDue) < t(due))) {
      due = fastDue;
      basis = "dk2014FastTrack";
      paragraph = P.fastTrack;
    }
  }
  if (!due) return null;
  const moved = applyPauses(pauses, due, basis, lastHeld ?? first, today);
  if (!moved) return null;
  const kind = lastHeld ? "FOLLOW_UP" : "FIRST_FOLLOW_UP";
  const remoteAllowed = statusOn(timeline, today) === "PARTIAL_RETURN" || inProgrammeOn(facts, today);
  return {
    kind,
    dueOn: moved.due,
    legalBasisKey: moved.basis,
    legalParagraph: paragraph,
    informational: false,
    satisfiedOn: null,
    inPersonRequired: kind === "FIRST_FOLLOW_UP" || (p.inPersonFollowUps === 1 && !remoteAllowed),
  };
}

function doctorCertificate({ p, facts, lastHeld, today }: Ctx, firstConversation: DeadlineDraft | null, flags: DeadlineFlag[]) {
  if (p.doctorCertificateRequired !== 1 || lastHeld || !firstConversation || categoryOn(facts, today) === 1) return null;
  const receivedOn = facts.doctorCertificate?.receivedOn ?? null;
  const draft: DeadlineDraft = {
    kind: "DOCTOR_CERTIFICATE",
    dueOn: addDays(firstConversation.dueOn, -p.doctorCertificateLeadDays),
    legalBasisKey: "dk2014DoctorCertificate",
    legalParagraph: P.certificate,
    informational: false,
    satisfiedOn: receivedOn,
  };
  if (!receivedOn && daysBetween(today, firstConversation.dueOn) <= p.dueSoonDays)
    flags.push({
      kind: "DOCTOR_CERTIFICATE_MISSING",
      since: addDays(firstConversation.dueOn, -p.dueSoonDays),
      legalBasisKey: "dk2014DoctorCertificate",
      legalParagraph: P.certificate,
      detail: { requested: !!facts.doctorCertificate?.requestedOn },
    });
  return draft;
}

function rehabilitationTeam({ p, facts, pauses, today }: Ctx): DeadlineDraft | null {
  if (p.rehabTeamRequired !== 1) return null;
  const visitedOn = runStartOn(facts, today, [3]);
  if (!visitedOn) return null;
  const base = {
    kind: "REHABILITATION_TEAM",
    legalBasisKey: "dk2014RehabilitationTeam",
    legalParagraph: P.rehabTeam,
    informational: false,
  } as const;
  const dueOn = addDays(visitedOn, 7 * p.rehabTeamWithinWeeks);
  const metOn = (facts.rehabilitationTeamOn ?? []).filter((d) => t(d) >= t(visitedOn)).sort((a, b) => t(a) - t(b))[0];
  if (metOn) return { ...base, dueOn, satisfiedOn: metOn };
  const moved = applyPauses(pauses, dueOn, base.legalBasisKey, visitedOn, today);
  return moved ? { ...base, dueOn: moved.due, satisfiedOn: null } : null;
}

/** The 2014 rules' deadlines (without states) and flags for one case on `today`. */
export function evaluateDk2014(p: Dk2014Parameters, facts: CaseFacts, today: Date): RulesEvaluation {
  const basics = openCaseBasics(facts);
  if (!basics) return { drafts: [], flags: [] };
  const { timeline, first, held, lastHeld, reopenedOn } = basics;
  const exemption = exemptionOn(facts, today);
  const pauses = pausesOf(facts, timeline, p.resumeFollowUpWeeks, {
    exemption: "dk2014FollowUpAfterExemption",
    reopening: "dk2014FollowUpAfterReopening",
  });
  const ctx: Ctx = { p, facts, timeline, lastHeld, pauses, today };
  const drafts: DeadlineDraft[] = [];
  const flags: DeadlineFlag[] = [];

  const employerDue = endOfWeek(first, p.employerConversationWeek);
  const employer = {
    kind: "EMPLOYER_CONVERSATION",
    dueOn: employerDue,
    legalBasisKey: "dkEmployerConversation",
    legalParagraph: P.employer,
  } as const;
  if (facts.employerConversationHeldOn) {
    drafts.push({ ...employer, informational: false, satisfiedOn: facts.employerConversationHeldOn });
  } else if (
    held.length === 0 &&
    !(reopenedOn && t(employerDue) < t(reopenedOn)) &&
    !exemption &&
    t(today) <= t(endOfWeek(first, p.firstFollowUpWeek))
  ) {
    drafts.push({ ...employer, informational: false, satisfiedOn: null });
  }

  const conversation = nextConversation(ctx, flags);
  const certificate = doctorCertificate(ctx, conversation, flags);
  if (certificate) drafts.push(certificate);
  if (conversation) drafts.push(conversation);
  const rehab = rehabilitationTeam(ctx);
  if (rehab) drafts.push(rehab);
  drafts.push(...reassessmentDrafts(p, facts, timeline).drafts);

  if (exemption?.reason && STANDBY_EXEMPTION_REASONS.includes(exemption.reason))
    flags.push({ kind: "STANDBY", since: exemption.fromOn, legalBasisKey: "dk2014Standby", legalParagraph: P.standby });
  return { drafts, flags };
}
