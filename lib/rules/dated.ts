// Dated rule versions (issue 8 item 14, issue 15): a jurisdiction's ruleset has a history of
// versions, each with parameters, the day it takes effect, a name and its legal references. An
// admin-entered future change is a version with a future `effectiveFrom`.
//
// Which version computes a deadline (ADR 0006, "Effective dates"):
//  - A version applies to a case unless it is NEW_PERIODS and the case's first absence day lies
//    before its `effectiveFrom` (the usual transitional rule of the sickness-benefit act: "finder
//    anvendelse på sygdomstilfælde, hvor 1. fraværsdag er [dato] eller senere").
//  - Among the versions that apply, each deadline is computed with the version in force on its due
//    date. When a newer version would make a deadline due before it took effect, while the older
//    version puts it on or after that day, it is due on the day the newer version took effect: a
//    case is never overdue under a rule that did not exist yet, and a rule in force when the
//    deadline falls is never ignored (lov nr. 720/2014's 22-week limit covered everyone receiving
//    benefit on 1 July 2014). A deadline kind the newer version no longer has disappears from its date.
//  - The states (due soon) and the flags come from the version in force on `today`.
import { daysBetween } from "./dates";
import { InvalidRuleVersionsError } from "./errors";
import { parseRuleParameters, ruleParameterIssues } from "./parameters";
import { getRuleset } from "./registry";
import { benefitLimitFlag, nextDeadline, overdueDeadlines } from "./report";
import type { CaseFacts, Deadline, DeadlineDraft, DeadlineKind, RulesEvaluation } from "./types";
import type { DeadlineReport, RuleVersion, RuleVersionInput } from "./versions-types";

const time = (d: Date) => d.getTime();
const isUtcMidnight = (d: Date) => !Number.isNaN(time(d)) && time(d) % 86_400_000 === 0;

/**
 * Problems of a dated history as (path, translation key), empty when usable: at least one version;
 * keys and names present and keys unique; only the first version may lack `effectiveFrom`; dates are
 * days (UTC midnight) in strictly increasing order; every version's parameters are valid.
 */
export function ruleVersionIssues(jurisdiction: string, versions: readonly RuleVersionInput[]): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (versions.length === 0) issues.push({ path: "", message: "rules.errors.noVersions" });
  const keys = new Set<string>();
  versions.forEach((v, i) => {
    if (!v.key.trim() || keys.has(v.key)) issues.push({ path: `${i}.key`, message: "rules.errors.versionKeyNotUnique" });
    keys.add(v.key);
    if (!v.name.trim()) issues.push({ path: `${i}.name`, message: "rules.errors.versionNameRequired" });
    const from = v.effectiveFrom;
    if (from === null) {
      if (i > 0) issues.push({ path: `${i}.effectiveFrom`, message: "rules.errors.effectiveFromRequired" });
    } else if (!isUtcMidnight(from)) {
      issues.push({ path: `${i}.effectiveFrom`, message: "rules.errors.effectiveFromNotADay" });
    } else {
      const prev = i > 0 ? versions[i - 1]!.effectiveFrom : null;
      if (prev && time(from) <= time(prev))
        issues.push({ path: `${i}.effectiveFrom`, message: "rules.errors.effectiveFromNotAfterPrevious" });
    }
    for (const p of ruleParameterIssues(jurisdiction, v.parameters)) issues.push({ path: `${i}.parameters.${p.path}`, message: p.message });
  });
  return issues;
}

/** Validated history (parameters parsed, defaults filled). Throws InvalidRuleVersionsError. */
export function parseRuleVersions(jurisdiction: string, versions: readonly RuleVersionInput[]): RuleVersion[] {
  const issues = ruleVersionIssues(jurisdiction, versions);
  if (issues.length) throw new InvalidRuleVersionsError(jurisdiction, issues);
  return versions.map((v) => ({ ...v, parameters: parseRuleParameters(jurisdiction, v.parameters) }));
}

/** The versions that apply to a case whose absence began on `firstAbsenceDay` (earliest first). */
export function versionsForCase<V extends RuleVersionInput | RuleVersion>(versions: readonly V[], firstAbsenceDay: Date): V[] {
  return versions.filter(
    (v, i) => i === 0 || v.effectiveFrom === null || v.transition === "RUNNING_CASES" || time(firstAbsenceDay) >= time(v.effectiveFrom),
  );
}

/** The version in force on `day` among `versions` (earliest first); the first one also covers earlier days. */
export function versionOn<V extends RuleVersionInput | RuleVersion>(versions: readonly V[], day: Date): V {
  let found = versions[0]!;
  for (const v of versions) if (v.effectiveFrom === null || time(v.effectiveFrom) <= time(day)) found = v;
  return found;
}

/** Picks, for one kind, the draft of the version in force on its due date (see the header). */
function pickForKind(kind: DeadlineKind, versions: readonly RuleVersion[], evaluations: readonly RulesEvaluation[]): DeadlineDraft | null {
  const candidate = (i: number) => evaluations[i]!.drafts.find((d) => d.kind === kind);
  for (let i = versions.length - 1; i >= 0; i--) {
    const c = candidate(i);
    if (!c) continue;
    const from = versions[i]!.effectiveFrom;
    if (i > 0 && from !== null && time(c.dueOn) < time(from)) continue; // before this version: an older one decides
    let j = i + 1; // the newest version already in force on c's due date
    while (j < versions.length && time(versions[j]!.effectiveFrom!) <= time(c.dueOn)) j++;
    j--;
    if (j === i) return { ...c, versionKey: versions[i]!.key };
    const newer = candidate(j);
    return newer ? { ...newer, dueOn: versions[j]!.effectiveFrom!, versionKey: versions[j]!.key } : null;
  }
  return null;
}

/**
 * A case's deadlines on `today` under a dated history (default: the jurisdiction's built-in history,
 * whose last version is the law in force today). Returns all deadlines with their state and days
 * overdue, the overdue ones (most overdue first), the worst and the next one, and the flags.
 * Throws UnknownJurisdictionError or InvalidRuleVersionsError.
 */
export function computeCaseDeadlines(
  jurisdiction: string,
  versions: readonly RuleVersionInput[] | null | undefined,
  facts: CaseFacts,
  today: Date,
): DeadlineReport {
  const ruleset = getRuleset(jurisdiction);
  const applicable = versionsForCase(parseRuleVersions(jurisdiction, versions ?? ruleset.versions), facts.firstAbsenceDay);
  const evaluations = applicable.map((v) => ruleset.evaluate(v.parameters, facts, today));
  const kinds = [...new Set(evaluations.flatMap((e) => e.drafts.map((d) => d.kind)))];
  const drafts = kinds.map((k) => pickForKind(k, applicable, evaluations)).filter((d): d is DeadlineDraft => d !== null);

  const current = versionOn(applicable, today);
  const dueSoonDays = ruleset.dueSoonDays(current.parameters);
  const order = ruleset.kindOrder;
  const deadlines: Deadline[] = drafts
    .map((d) => {
      const days = daysBetween(today, d.dueOn);
      const state = d.satisfiedOn ? "ON_TRACK" : days < 0 ? "OVERDUE" : days <= dueSoonDays ? "DUE_SOON" : "ON_TRACK";
      return { ...d, state, daysOverdue: state === "OVERDUE" ? -days : 0 } as Deadline;
    })
    .sort((a, b) => time(a.dueOn) - time(b.dueOn) || order.indexOf(a.kind) - order.indexOf(b.kind));

  const overdue = overdueDeadlines(deadlines, order);
  const flags = [...evaluations[applicable.indexOf(current)]!.flags];
  const benefitFlag = benefitLimitFlag(deadlines);
  if (benefitFlag) flags.unshift(benefitFlag);
  return {
    deadlines,
    overdue,
    worst: overdue[0] ?? null,
    next: nextDeadline(deadlines),
    flags,
    versionToday: { key: current.key, name: current.name, nameKey: current.nameKey, effectiveFrom: current.effectiveFrom },
  };
}
