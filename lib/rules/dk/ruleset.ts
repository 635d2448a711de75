// The Danish ruleset: two rule models behind one parameter schema. Parameters with `model: 2014`
// are the rules since the 2014 reform (./model-2014.ts); parameters without `model` are the 2009
// rules (./model-2009.ts), which is what every stored parameter set was before dated versions.
import { z } from "zod";
import type { CaseFacts, Deadline, DeadlineKind, DkParameters, RulesEvaluation, Ruleset } from "../types";
import { DK_DEFAULTS } from "../types";
import { deadlineState, t } from "./common";
import { evaluateDk2009 } from "./model-2009";
import { evaluateDk2014 } from "./model-2014";
import { DK_PARAMETER_KEYS, ZDkParameters } from "./params-2009";
import { ZDk2014Parameters, type Dk2014Parameters } from "./params-2014";
import { DK_VERSIONS } from "./versions";

/** Parameters of either Danish rule model. */
export type DkAnyParameters = DkParameters | Dk2014Parameters;

/** True for parameters of the 2014 rules. */
export function isDk2014(p: DkAnyParameters): p is Dk2014Parameters {
  return (p as { model?: number }).model === 2014;
}

/**
 * Validates Danish parameters of either model: `model: 2014` → the 2014 schema; no `model` (or 2009)
 * → the 2009 schema, which drops `model`; any other `model` is refused.
 */
export const ZDkAnyParameters: z.ZodType<DkAnyParameters> = z.unknown().transform((raw, ctx): DkAnyParameters => {
  const model = typeof raw === "object" && raw !== null ? (raw as { model?: unknown }).model : undefined;
  if (model !== undefined && model !== 2014 && model !== 2009) {
    ctx.addIssue({ code: "custom", path: ["model"], message: "rules.errors.unknownModel" });
    return z.NEVER;
  }
  const r = model === 2014 ? ZDk2014Parameters.safeParse(raw) : ZDkParameters.safeParse(raw);
  if (r.success) return r.data;
  for (const i of r.error.issues) ctx.addIssue({ code: "custom", path: i.path, message: i.message });
  return z.NEVER;
});

/** Tie-break order of kinds due on the same day (both models); the first conversation ranks before its certificate. */
export const DK_KIND_ORDER: readonly DeadlineKind[] = [
  "EMPLOYER_CONVERSATION",
  "CONTACT_WINDOW_OPENS",
  "FIRST_FOLLOW_UP",
  "DOCTOR_CERTIFICATE",
  "FOLLOW_UP",
  "REHABILITATION_TEAM",
  "RETENTION_PLAN_POSSIBLE",
  "BENEFIT_LIMIT_APPROACHING",
  "EXTENSION_ASSESSMENT",
];

/** The deadlines (without states) and flags of one case under one Danish parameter set of either model. */
export function evaluateDk(p: DkAnyParameters, facts: CaseFacts, today: Date): RulesEvaluation {
  return isDk2014(p) ? evaluateDk2014(p, facts, today) : evaluateDk2009(p, facts, today);
}

/** Adds state and days overdue on `today` and sorts by due date (ties: DK_KIND_ORDER). */
export function withStates(drafts: RulesEvaluation["drafts"], today: Date, dueSoonDays: number, kindOrder = DK_KIND_ORDER): Deadline[] {
  return drafts
    .map((d) => {
      const state = d.satisfiedOn ? ("ON_TRACK" as const) : deadlineState(d.dueOn, today, dueSoonDays);
      const daysOverdue = state === "OVERDUE" ? Math.round((t(today) - t(d.dueOn)) / 86_400_000) : 0;
      return { ...d, state, daysOverdue };
    })
    .sort((a, b) => t(a.dueOn) - t(b.dueOn) || kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
}

/** All deadlines of a case under one parameter set (either model), with their state on `today`. */
export function computeDk(p: DkAnyParameters, facts: CaseFacts, today: Date): Deadline[] {
  return withStates(evaluateDk(p, facts, today).drafts, today, p.dueSoonDays);
}

export const dkRuleset: Ruleset<DkAnyParameters> = {
  jurisdiction: "DK",
  parametersSchema: ZDkAnyParameters,
  defaults: DK_DEFAULTS,
  parameterKeys: DK_PARAMETER_KEYS,
  compute: computeDk,
  evaluate: evaluateDk,
  dueSoonDays: (p) => p.dueSoonDays,
  kindOrder: DK_KIND_ORDER,
  versions: DK_VERSIONS,
};
