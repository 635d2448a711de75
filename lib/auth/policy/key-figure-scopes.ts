// Scopes of the key figures (SPEC §2, §5): leaders see aggregates, never a person. The pre-aggregated
// cells and their targets are bound like any other model (SCOPES in scopes.ts); counts over live
// records go through the aggregate-only scopes here (`ctx.aggregate`, no finder that returns rows).
import type { Prisma } from "@/lib/db/generated/client";
import { NOTHING, type Actor, type Purpose } from "./actor";
import { can } from "./capabilities";

/**
 * Pre-aggregated key figures (no person in them): the organisation's, for those who view key
 * figures. Only the refresh job writes them.
 */
export function kpiCellScope(actor: Actor, purpose: Purpose): Prisma.KpiCellWhereInput {
  return purpose === "read" && can(actor, "kpi.view") ? { organisationId: actor.organisationId } : { organisationId: { in: [] } };
}

/** When the key figures were computed: as the figures themselves. */
export function kpiRefreshScope(actor: Actor, purpose: Purpose): Prisma.KpiRefreshWhereInput {
  return purpose === "read" && can(actor, "kpi.view") ? { organisationId: actor.organisationId } : { organisationId: { in: [] } };
}

/** Targets of the key figures: read by those who view or set them, set by managers and admins (SPEC §2, §5). */
export function kpiTargetScope(actor: Actor, purpose: Purpose): Prisma.KpiTargetWhereInput {
  const allowed = purpose === "read" ? can(actor, "kpi.view") || can(actor, "kpi.setTarget") : can(actor, "kpi.setTarget");
  return allowed ? { organisationId: actor.organisationId } : NOTHING;
}

/**
 * Aggregate-only scopes (SPEC §2: leaders see key figures, never a person). The runner binds them to
 * `ctx.aggregate.<model>`, which offers counts and group-bys but no finder that returns rows.
 * Managers count the whole organisation's live cases; everyone else counts nothing here.
 */
export function aggregateCaseScope(actor: Actor): Prisma.SickLeaveCaseWhereInput {
  return can(actor, "kpi.view") ? { organisationId: actor.organisationId, voidedAt: null } : NOTHING;
}

export const AGGREGATE_SCOPES = {
  sickLeaveCase: aggregateCaseScope,
} as const;

export type AggregateModel = keyof typeof AGGREGATE_SCOPES;
