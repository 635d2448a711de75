// Rules between the records of an import file (docs/import-format.md), checked before anything is
// written: keys are unique, references point to records of the right kind, events are in order and
// follow the same rules as the app (a case's status changes, the referral state machine, one open
// case per citizen at a time, nothing in the future). Pure; messages are translation keys.
import type { ReferralStatus } from "@/lib/db/generated/browser";
import { TRANSITIONS, MIN_REASON_LENGTH } from "@/lib/referrals/transitions";
import { danishDayOf } from "@/lib/time";
import type { TImportCase, TImportCitizen, TImportHeader, TImportReferral, TImportRehabPlan } from "@/lib/validation/import";

export type ImportIssue = { path: string; message: string };

/** Statuses a referral may move to from `from` (lib/referrals/transitions.ts). */
function nextStatuses(from: ReferralStatus): ReferralStatus[] {
  return Object.values(TRANSITIONS)
    .filter((t) => t.from.includes(from))
    .map((t) => t.to);
}
const REASON_REQUIRED = new Set<ReferralStatus>(
  Object.values(TRANSITIONS)
    .filter((t) => t.reasonRequired)
    .map((t) => t.to),
);
const REASON_CODED = new Set<ReferralStatus>(["REJECTED", "RETURNED", "DROPPED"]);

export class ImportChecker {
  private readonly departments = new Map<string, "JOBCENTER" | "HEALTH_CENTER">();
  private readonly staff = new Map<string, { role: string; department: string | null }>();
  private readonly programmes = new Map<string, string>();
  private readonly seen = {
    citizen: new Set<string>(),
    case: new Set<string>(),
    referral: new Set<string>(),
    plan: new Set<string>(),
    cpr: new Set<string>(),
  };

  /**
   * @param today the Danish day the import runs on (nothing may lie after it)
   * @param now the instant the import runs at
   */
  constructor(
    private readonly header: TImportHeader,
    private readonly today: Date,
    private readonly now: Date,
  ) {
    for (const d of header.departments) this.departments.set(d.key, d.kind);
    for (const s of header.staff) this.staff.set(s.key, { role: s.role, department: s.department });
    for (const p of header.programmes) this.programmes.set(p.key, p.department);
  }

  /** Issues of the header: duplicate keys, departments of staff and programmes. */
  headerIssues(): ImportIssue[] {
    const issues: ImportIssue[] = [];
    const unique = (items: { key: string }[], section: string) => {
      const keys = new Set<string>();
      items.forEach((item, i) => {
        if (keys.has(item.key)) issues.push({ path: `${section}[${i}].key`, message: "importing.errors.duplicateKey" });
        keys.add(item.key);
      });
    };
    unique(this.header.departments, "departments");
    unique(this.header.staff, "staff");
    unique(this.header.programmes, "programmes");
    this.header.staff.forEach((s, i) => {
      const kind = s.department === null ? null : this.departments.get(s.department);
      if (s.department !== null && !kind) issues.push({ path: `staff[${i}].department`, message: "importing.errors.unknownDepartment" });
      const needs = { CASEWORKER: "JOBCENTER", THERAPIST: "HEALTH_CENTER", VISITATOR: "HEALTH_CENTER" }[s.role as string];
      if (needs && kind !== needs) issues.push({ path: `staff[${i}].department`, message: "importing.errors.wrongDepartmentKind" });
    });
    this.header.programmes.forEach((p, i) => {
      if (this.departments.get(p.department) !== "HEALTH_CENTER")
        issues.push({ path: `programmes[${i}].department`, message: "importing.errors.wrongDepartmentKind" });
    });
    return issues;
  }

  /** Issues of one citizen record (shape already checked by ZImportCitizen); remembers its keys. */
  citizenIssues(c: TImportCitizen): ImportIssue[] {
    const issues: ImportIssue[] = [];
    const add = (path: string, message: string) => issues.push({ path, message });
    this.unique("citizen", c.key, "key", add);
    if (this.seen.cpr.has(c.cpr)) add("cpr", "importing.errors.duplicateCpr");
    this.seen.cpr.add(c.cpr);
    const referrals = new Map<string, string>(); // referral key → programme key
    c.cases.forEach((k, i) => this.caseIssues(k, `cases[${i}]`, add, referrals));
    this.oneOpenCaseAtATime(c.cases, add);
    c.rehabPlans.forEach((p, i) => this.planIssues(p, `rehabPlans[${i}]`, add, referrals));
    return issues;
  }

  private unique(kind: keyof ImportChecker["seen"], value: string, path: string, add: (p: string, m: string) => void) {
    if (this.seen[kind].has(value)) add(path, "importing.errors.duplicateKey");
    this.seen[kind].add(value);
  }

  private staffIs(keyValue: string, roles: string[], department: string | null, path: string, add: (p: string, m: string) => void) {
    const s = this.staff.get(keyValue);
    if (!s) add(path, "importing.errors.unknownStaff");
    else if (!roles.includes(s.role) || (department !== null && s.department !== department)) add(path, "importing.errors.wrongStaff");
  }

  private notFuture(d: Date, path: string, add: (p: string, m: string) => void) {
    if (d > this.today) add(path, "errors.dateInFuture");
  }

  private caseIssues(k: TImportCase, at: string, add: (p: string, m: string) => void, referrals: Map<string, string>) {
    this.unique("case", k.key, `${at}.key`, add);
    if (this.departments.get(k.department) !== "JOBCENTER") add(`${at}.department`, "importing.errors.wrongDepartmentKind");
    this.staffIs(k.caseworker, ["CASEWORKER"], k.department, `${at}.caseworker`, add);
    this.notFuture(k.firstAbsenceDay, `${at}.firstAbsenceDay`, add);
    let status: string = "ACTIVE";
    let hours: number | null = null;
    let last = k.firstAbsenceDay;
    k.statusEvents.forEach((e, i) => {
      const p = `${at}.statusEvents[${i}]`;
      if (e.effectiveOn < last) add(`${p}.effectiveOn`, "importing.errors.outOfOrder");
      this.notFuture(e.effectiveOn, `${p}.effectiveOn`, add);
      if ((e.status === "CLOSED") !== (e.closingReason !== null)) add(`${p}.closingReason`, "importing.errors.closingReason");
      if ((e.status === "PARTIAL_RETURN") !== (e.hoursPerWeek !== null)) add(`${p}.hoursPerWeek`, "importing.errors.hoursPerWeek");
      if (e.status === status && (e.status !== "PARTIAL_RETURN" || e.hoursPerWeek === hours))
        add(`${p}.status`, "importing.errors.sameStatus");
      status = e.status;
      hours = e.hoursPerWeek;
      if (e.effectiveOn > last) last = e.effectiveOn;
    });
    k.followUps.forEach((f, i) => {
      const p = `${at}.followUps[${i}]`;
      if (f.status === "HELD" && !f.heldAt) add(`${p}.heldAt`, "errors.required");
      if (f.status === "PLANNED" && !f.scheduledAt) add(`${p}.scheduledAt`, "errors.required");
      if (f.heldAt && danishDayOf(f.heldAt) < k.firstAbsenceDay) add(`${p}.heldAt`, "importing.errors.beforeCase");
      if (f.heldAt && f.heldAt > this.now) add(`${p}.heldAt`, "errors.dateInFuture");
    });
    k.referrals.forEach((r, i) => this.referralIssues(r, k, `${at}.referrals[${i}]`, add, referrals));
  }

  private referralIssues(
    r: TImportReferral,
    k: TImportCase,
    at: string,
    add: (p: string, m: string) => void,
    referrals: Map<string, string>,
  ) {
    this.unique("referral", r.key, `${at}.key`, add);
    referrals.set(r.key, r.programme);
    if (!this.programmes.has(r.programme)) add(`${at}.programme`, "importing.errors.unknownProgramme");
    this.staffIs(r.referredBy, ["CASEWORKER"], null, `${at}.referredBy`, add);
    let status: ReferralStatus | null = null;
    let last: Date | null = null;
    r.events.forEach((e, i) => {
      const p = `${at}.events[${i}]`;
      const allowed = status === null ? ["SUBMITTED"] : nextStatuses(status);
      if (!allowed.includes(e.status)) add(`${p}.status`, "importing.errors.illegalTransition");
      if (REASON_REQUIRED.has(e.status) && (e.reason ?? "").length < MIN_REASON_LENGTH) add(`${p}.reason`, "errors.reasonRequired");
      if (e.reasonCode !== null && !REASON_CODED.has(e.status)) add(`${p}.reasonCode`, "importing.errors.reasonCode");
      if (last && e.at < last) add(`${p}.at`, "importing.errors.outOfOrder");
      if (i === 0 && danishDayOf(e.at) < k.firstAbsenceDay) add(`${p}.at`, "importing.errors.beforeCase");
      if (e.at > this.now) add(`${p}.at`, "errors.dateInFuture");
      if (e.by !== null && !this.staff.has(e.by)) add(`${p}.by`, "importing.errors.unknownStaff");
      status = e.status;
      last = e.at;
    });
  }

  /** One open case per citizen (as in the app): each earlier case is closed by the time the next begins. */
  private oneOpenCaseAtATime(cases: TImportCase[], add: (p: string, m: string) => void) {
    const order = cases.map((k, i) => ({ k, i })).sort((a, b) => a.k.firstAbsenceDay.getTime() - b.k.firstAbsenceDay.getTime());
    for (let j = 1; j < order.length; j++) {
      const prev = order[j - 1]!.k;
      const lastEvent = prev.statusEvents.at(-1);
      if (!lastEvent || lastEvent.status !== "CLOSED" || lastEvent.effectiveOn > order[j]!.k.firstAbsenceDay) {
        add(`cases[${order[j]!.i}].firstAbsenceDay`, "importing.errors.overlappingCase");
      }
    }
  }

  private planIssues(p: TImportRehabPlan, at: string, add: (p: string, m: string) => void, referrals: Map<string, string>) {
    this.unique("plan", p.key, `${at}.key`, add);
    if (this.departments.get(p.department) !== "HEALTH_CENTER") add(`${at}.department`, "importing.errors.wrongDepartmentKind");
    this.staffIs(p.therapist, ["THERAPIST"], p.department, `${at}.therapist`, add);
    if (p.referral !== null) {
      const programme = referrals.get(p.referral);
      if (programme === undefined) add(`${at}.referral`, "importing.errors.unknownReferral");
      else if (this.programmes.get(programme) !== p.department) add(`${at}.referral`, "importing.errors.wrongDepartmentKind");
    }
    this.notFuture(p.startOn, `${at}.startOn`, add);
    if (p.endOn) {
      if (p.endOn < p.startOn) add(`${at}.endOn`, "errors.dateBeforeStart");
      this.notFuture(p.endOn, `${at}.endOn`, add);
    }
    p.goals.forEach((g, i) => {
      if (g.achievedOn && g.achievedOn < p.startOn) add(`${at}.goals[${i}].achievedOn`, "errors.dateBeforeStart");
      if (g.achievedOn) this.notFuture(g.achievedOn, `${at}.goals[${i}].achievedOn`, add);
    });
    p.progressNotes.forEach((n, i) => {
      this.staffIs(n.author, ["THERAPIST"], null, `${at}.progressNotes[${i}].author`, add);
      if (n.writtenOn < p.startOn) add(`${at}.progressNotes[${i}].writtenOn`, "errors.dateBeforeStart");
      this.notFuture(n.writtenOn, `${at}.progressNotes[${i}].writtenOn`, add);
    });
  }
}
