// The 2014 rules up to the first follow-up, written from the law's text (sygedagpengeloven as
// consolidated; vejledning nr. 9208 af 21. marts 2023): the employer's conversation (§ 7 a), the first
// follow-up by the end of week 8 (§ 13 b, stk. 1), category 1 (§ 13 a, stk. 1), early follow-up on
// request (fast track, § 13 b, stk. 2) and the doctor's certificate (§ 11 a). Base case: Monday
// 5 Jan 2026 = day 1; end of week 4 = day 28 = 1 Feb; week 8 = days 50–56 (23 Feb – 1 Mar).
import { describe, expect, it } from "vitest";
import { day, report2014, run2014, type Row } from "./support";

const F13B1 = "sygedagpengeloven § 13 b, stk. 1";

const firstFollowUp: Row[] = [
  {
    name: "§ 13 b, stk. 1: the first follow-up is due by the end of week 8 (day 56), in person",
    today: day(10),
    expect: {
      FIRST_FOLLOW_UP: { dueOn: "2026-03-01", state: "ON_TRACK", basis: "dk2014FirstFollowUp", paragraph: F13B1, inPerson: true },
      FOLLOW_UP: null,
      CONTACT_WINDOW_OPENS: null,
      RETENTION_PLAN_POSSIBLE: null,
    },
    flags: [],
  },
  {
    name: "§ 13 b, stk. 1: on day 56 the first follow-up is due today (due soon, not overdue)",
    today: day(56),
    facts: { employer: day(20), certificate: { requested: day(30), received: day(45) } },
    expect: { FIRST_FOLLOW_UP: { dueOn: day(56), state: "DUE_SOON", daysOverdue: 0 } },
    next: { kind: "FIRST_FOLLOW_UP", dueOn: day(56), state: "DUE_SOON" },
    flags: [],
  },
  {
    name: "§ 13 b, stk. 1: on day 57 (week 9) the first follow-up is one day overdue",
    today: day(57),
    facts: { employer: day(20), certificate: { requested: day(30), received: day(45) } },
    expect: { FIRST_FOLLOW_UP: { dueOn: day(56), state: "OVERDUE", daysOverdue: 1 } },
    next: { kind: "FIRST_FOLLOW_UP", dueOn: day(56), state: "OVERDUE" },
  },
  {
    name: "§ 7 a: the employer's conversation is due by the end of week 4 (day 28) and due soon on that day",
    today: day(28),
    expect: { EMPLOYER_CONVERSATION: { dueOn: "2026-02-01", state: "DUE_SOON", paragraph: "sygedagpengeloven § 7 a" } },
    next: { kind: "EMPLOYER_CONVERSATION", dueOn: "2026-02-01" },
  },
  {
    name: "§ 7 a: on day 29 (week 5) the unrecorded employer's conversation is overdue",
    today: day(29),
    expect: { EMPLOYER_CONVERSATION: { dueOn: "2026-02-01", state: "OVERDUE", daysOverdue: 1, satisfiedOn: null } },
  },
  {
    name: "§ 7 a: a recorded employer's conversation is met",
    today: day(29),
    facts: { employer: day(26) },
    expect: { EMPLOYER_CONVERSATION: { dueOn: "2026-02-01", state: "ON_TRACK", satisfiedOn: day(26), daysOverdue: 0 } },
    next: { kind: "FIRST_FOLLOW_UP", dueOn: day(56) },
  },
];

const category1: Row[] = [
  {
    name: "§ 12, stk. 2, § 13 a, stk. 1: category 1 from the information form — a conversation with revisitation by the end of week 8",
    today: day(10),
    facts: { visits: [[1, day(5)]] },
    expect: {
      FIRST_FOLLOW_UP: { dueOn: day(56), basis: "dk2014Category1Revisitation", paragraph: "sygedagpengeloven § 13 a, stk. 1" },
      DOCTOR_CERTIFICATE: null,
    },
    flags: [],
  },
  {
    name: "§ 13 a, stk. 2: a conversation the municipality holds in week 3 does not replace the week-8 revisitation",
    today: day(20),
    facts: { visits: [[1, day(5)]], held: [day(17)] },
    expect: { FIRST_FOLLOW_UP: null, FOLLOW_UP: { dueOn: day(56), basis: "dk2014Category1Revisitation" } },
  },
  {
    name: "§ 13 a, stk. 1: a conversation on day 49 (week 7) is not in week 8 either",
    today: day(50),
    facts: {
      visits: [
        [1, day(5)],
        [1, day(49)],
      ],
      held: [day(49)],
    },
    expect: { FOLLOW_UP: { dueOn: day(56), basis: "dk2014Category1Revisitation", state: "DUE_SOON" } },
  },
  {
    name: "§ 13 a, stk. 1: still category 1 after week 8 without a conversation — the revisitation is overdue",
    today: day(60),
    facts: { visits: [[1, day(5)]] },
    expect: { FIRST_FOLLOW_UP: { dueOn: day(56), state: "OVERDUE", daysOverdue: 4 } },
  },
  {
    name: "§ 12, stk. 3: revisited from category 1 to 2 at a conversation in week 8 — the next within 4 weeks",
    today: day(53),
    facts: {
      visits: [
        [1, day(5)],
        [2, day(52)],
      ],
      held: [day(52)],
    },
    expect: { FOLLOW_UP: { dueOn: day(80), basis: "dk2014FollowUp", paragraph: F13B1 } },
    flags: [],
  },
  {
    name: "§ 13 a: kept in category 1 at a conversation on day 50 (week 8) — no statutory deadline, flagged",
    today: day(53),
    facts: {
      visits: [
        [1, day(5)],
        [1, day(50)],
      ],
      held: [day(50)],
    },
    expect: { FOLLOW_UP: null, FIRST_FOLLOW_UP: null },
    flags: ["CATEGORY_1_PAST_WEEK_8"],
  },
];

const fastTrack: Row[] = [
  {
    name: "§ 13 b, stk. 2: the employee asks for early follow-up on day 3 — the first conversation within 2 weeks (day 17)",
    today: day(4),
    facts: { earlyRequests: [["EMPLOYEE", day(3)]] },
    expect: {
      FIRST_FOLLOW_UP: { dueOn: day(17), basis: "dk2014FastTrack", paragraph: "sygedagpengeloven § 13 b, stk. 2", inPerson: true },
      DOCTOR_CERTIFICATE: { dueOn: day(17) },
    },
    next: { kind: "FIRST_FOLLOW_UP", dueOn: day(17) },
  },
  {
    name: "§ 13 b, stk. 2: a fast-track request after week 2 (the employer, day 20) — due day 34, before week 8",
    today: day(21),
    facts: { earlyRequests: [["EMPLOYER", day(20)]] },
    expect: { FIRST_FOLLOW_UP: { dueOn: day(34), basis: "dk2014FastTrack" } },
  },
  {
    name: "§ 13 b, stk. 2: a request on day 45 would be due on day 59 — the end of week 8 comes first",
    today: day(46),
    facts: { earlyRequests: [["EMPLOYEE", day(45)]] },
    expect: { FIRST_FOLLOW_UP: { dueOn: day(56), basis: "dk2014FirstFollowUp" } },
  },
  {
    name: "§ 13 b, stk. 3: an employer's request the employee declined does not oblige the municipality",
    today: day(13),
    facts: { earlyRequests: [["EMPLOYER", day(10), day(12)]] },
    expect: { FIRST_FOLLOW_UP: { dueOn: day(56), basis: "dk2014FirstFollowUp" } },
  },
  {
    name: "§ 13 b, stk. 2: of two requests the earliest counts",
    today: day(21),
    facts: {
      earlyRequests: [
        ["EMPLOYER", day(20)],
        ["EMPLOYEE", day(15)],
      ],
    },
    expect: { FIRST_FOLLOW_UP: { dueOn: day(29) } },
  },
  {
    name: "§ 13 b, stk. 2: early follow-up applies in category 1 too",
    today: day(11),
    facts: { visits: [[1, day(3)]], earlyRequests: [["EMPLOYEE", day(10)]] },
    expect: { FIRST_FOLLOW_UP: { dueOn: day(24), basis: "dk2014FastTrack" } },
  },
  {
    name: "§ 13 b, stk. 2: a request after the first follow-up changes nothing",
    today: day(36),
    facts: { visits: [[2, day(30)]], held: [day(30)], earlyRequests: [["EMPLOYEE", day(35)]] },
    expect: { FIRST_FOLLOW_UP: null, FOLLOW_UP: { dueOn: day(58), basis: "dk2014FollowUp" } },
  },
];

const certificate: Row[] = [
  {
    name: "§ 11 a: a doctor's certificate is due by the first follow-up when the case is not in category 1",
    today: day(10),
    expect: { DOCTOR_CERTIFICATE: { dueOn: day(56), state: "ON_TRACK", paragraph: "sygedagpengeloven § 11 a", satisfiedOn: null } },
    flags: [],
  },
  {
    name: "§ 11 a: received on day 40 — met, no flag",
    today: day(50),
    facts: { certificate: { requested: day(20), received: day(40) } },
    expect: { DOCTOR_CERTIFICATE: { dueOn: day(56), satisfiedOn: day(40), state: "ON_TRACK" } },
    flags: [],
  },
  {
    name: "§ 11 a: the first conversation is 6 days away without the certificate — flagged",
    today: day(50),
    facts: { employer: day(20), certificate: { requested: day(30) } },
    expect: { DOCTOR_CERTIFICATE: { dueOn: day(56), state: "DUE_SOON" } },
    next: { kind: "FIRST_FOLLOW_UP", dueOn: day(56) },
    flags: ["DOCTOR_CERTIFICATE_MISSING"],
  },
  {
    name: "§ 11 a: 8 days before the first conversation it is not flagged yet",
    today: day(48),
    expect: { DOCTOR_CERTIFICATE: { dueOn: day(56), state: "ON_TRACK" } },
    flags: [],
  },
  {
    name: "§ 11 a: with 7 lead days the certificate is due a week before the first conversation",
    today: day(10),
    params: { doctorCertificateLeadDays: 7 },
    facts: { employer: day(8) },
    expect: { DOCTOR_CERTIFICATE: { dueOn: day(49) }, FIRST_FOLLOW_UP: { dueOn: day(56) } },
    next: { kind: "DOCTOR_CERTIFICATE", dueOn: day(49) },
  },
  {
    name: "§ 11 a (as amended by lov nr. 1555 af 27. december 2019): not required when switched off",
    today: day(10),
    params: { doctorCertificateRequired: 0 },
    expect: { DOCTOR_CERTIFICATE: null, FIRST_FOLLOW_UP: { dueOn: day(56) } },
  },
  {
    name: "§ 11 a: no certificate deadline once the first follow-up is held",
    today: day(41),
    facts: { visits: [[2, day(40)]], held: [day(40)] },
    expect: { DOCTOR_CERTIFICATE: null, FOLLOW_UP: { dueOn: day(68) } },
  },
];

describe("DK 2014: employer's conversation and first follow-up (§ 7 a, § 13 b, stk. 1)", () => {
  it.each(firstFollowUp)("$name", run2014);
});
describe("DK 2014: category 1 (§ 13 a)", () => {
  it.each(category1)("$name", run2014);
});
describe("DK 2014: early follow-up on request (§ 13 b, stk. 2)", () => {
  it.each(fastTrack)("$name", run2014);
});
describe("DK 2014: doctor's certificate (§ 11 a)", () => {
  it.each(certificate)("$name", run2014);

  it("says whether the missing certificate has been requested", () => {
    const notRequested = report2014({ name: "", today: day(52) }).flags.find((f) => f.kind === "DOCTOR_CERTIFICATE_MISSING");
    const requested = report2014({ name: "", today: day(52), facts: { certificate: { requested: day(30) } } }).flags.find(
      (f) => f.kind === "DOCTOR_CERTIFICATE_MISSING",
    );
    expect(notRequested?.detail).toEqual({ requested: false });
    expect(requested?.detail).toEqual({ requested: true });
  });
});
