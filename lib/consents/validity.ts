// A consent's state and validity as the product shows it (SPEC §2–3, docs/decisions/0010). Pure and
// browser-safe. The policy (lib/auth/policy/consent.ts, activeConsentWhere) decides access with the
// same rule in SQL: a consent is in force while it is not revoked and validFrom ≤ now < validUntil
// (validUntil null = until the citizen's last open case closes or is voided; that sets validUntil).
import type { ConsentScope } from "@/lib/db/generated/enums";
import { addDays, danishDayOf, danishLocalToInstant, isoDay } from "@/lib/time";

/** The three directions (scopes) of a consent, in the order the forms and summaries show them. */
export const CONSENT_DIRECTIONS = [
  "HEALTH_TO_JOBCENTER",
  "JOBCENTER_TO_HEALTH",
  "SHARE_WITH_EMPLOYER",
] as const satisfies readonly ConsentScope[];
export type ConsentDirection = (typeof CONSENT_DIRECTIONS)[number];

/** The consent's flag columns (one per direction). */
export type ConsentFlags = { healthToJobcenter: boolean; jobcenterToHealth: boolean; shareWithEmployer: boolean };

export type ConsentValidity = { validFrom: Date; validUntil: Date | null; revokedAt: Date | null };

/**
 * ACTIVE: in force now. PENDING: starts later. REVOKED: withdrawn by the citizen.
 * ENDED: its end has passed (a chosen last day, or the closing or voiding of the citizen's last open case).
 */
export type ConsentState = "ACTIVE" | "PENDING" | "REVOKED" | "ENDED";

/** The state of a consent at `now` (same rule as the policy's activeConsentWhere). */
export function consentState(c: ConsentValidity, now: Date): ConsentState {
  if (c.revokedAt) return "REVOKED";
  if (c.validUntil && c.validUntil.getTime() <= now.getTime()) return "ENDED";
  if (c.validFrom.getTime() > now.getTime()) return "PENDING";
  return "ACTIVE";
}

/** The directions a consent covers. */
export function directionsOf(c: ConsentFlags): ConsentDirection[] {
  return CONSENT_DIRECTIONS.filter((d) => c[FLAG[d]]);
}

const FLAG = {
  HEALTH_TO_JOBCENTER: "healthToJobcenter",
  JOBCENTER_TO_HEALTH: "jobcenterToHealth",
  SHARE_WITH_EMPLOYER: "shareWithEmployer",
} as const satisfies Record<ConsentDirection, keyof ConsentFlags>;

/** The flag columns for a set of directions. */
export function flagsFor(directions: readonly ConsentDirection[]): ConsentFlags {
  return {
    healthToJobcenter: directions.includes("HEALTH_TO_JOBCENTER"),
    jobcenterToHealth: directions.includes("JOBCENTER_TO_HEALTH"),
    shareWithEmployer: directions.includes("SHARE_WITH_EMPLOYER"),
  };
}

/** The instant a consent starts: 00:00 Danish time on its first day (a calendar day, UTC midnight). */
export function validFromInstant(firstDay: Date): Date {
  return danishLocalToInstant(`${isoDay(firstDay)}T00:00`);
}

/** The (exclusive) instant a consent ends when its last day is `lastDay`: 00:00 Danish time the day after. */
export function validUntilInstant(lastDay: Date): Date {
  return danishLocalToInstant(`${isoDay(addDays(lastDay, 1))}T00:00`);
}

/** The last Danish calendar day a consent is in force, for an end instant (inverse of validUntilInstant). */
export function lastValidDay(validUntil: Date): Date {
  return danishDayOf(new Date(validUntil.getTime() - 1));
}

export type DirectionSummary = {
  direction: ConsentDirection;
  /** The consent in force now that lasts longest, or null: no consent registered for this direction. */
  active: { consentId: string; purpose: string | null; validUntil: Date | null } | null;
  /** The earliest consent for this direction that starts later, when none is in force now. */
  pending: { consentId: string; validFrom: Date } | null;
  /**
   * When none is in force or pending: the consent for this direction that stopped last (revoked or
   * ended), with when; null when there never was one (fix16 item 3: "Tilbagekaldt <dato>", not "Intet
   * samtykke registreret").
   */
  stopped: StoppedConsent | null;
};

/** A consent that no longer applies: revoked (at the revocation) or ended (at its end). */
export type StoppedConsent = { consentId: string; state: "REVOKED" | "ENDED"; at: Date };

/**
 * Of `consents` (for one direction), the one that stopped applying last at `now` (revoked or ended),
 * or null when none has stopped. A consent revoked before its end stopped at the revocation.
 */
export function lastStopped(consents: readonly (ConsentValidity & { id: string })[], now: Date): StoppedConsent | null {
  const stopped = consents.flatMap((c): StoppedConsent[] => {
    const state = consentState(c, now);
    if (state === "REVOKED") return [{ consentId: c.id, state, at: c.revokedAt! }];
    if (state === "ENDED") return [{ consentId: c.id, state, at: c.validUntil! }];
    return [];
  });
  return stopped.sort((a, b) => b.at.getTime() - a.at.getTime())[0] ?? null;
}

/**
 * Per direction: which consent is in force now and until when ("at a glance", issue 9). Of several
 * consents in force the one that lasts longest is shown (an open end outlasts any date).
 */
export function summariseDirections(
  consents: readonly (ConsentValidity & ConsentFlags & { id: string; purpose: string | null })[],
  now: Date,
): DirectionSummary[] {
  return CONSENT_DIRECTIONS.map((direction) => {
    const covering = consents.filter((c) => c[FLAG[direction]]);
    const active = covering
      .filter((c) => consentState(c, now) === "ACTIVE")
      .sort((a, b) => (b.validUntil?.getTime() ?? Infinity) - (a.validUntil?.getTime() ?? Infinity))[0];
    const pending = active
      ? undefined
      : covering.filter((c) => consentState(c, now) === "PENDING").sort((a, b) => a.validFrom.getTime() - b.validFrom.getTime())[0];
    return {
      direction,
      active: active ? { consentId: active.id, purpose: active.purpose, validUntil: active.validUntil } : null,
      pending: pending ? { consentId: pending.id, validFrom: pending.validFrom } : null,
      stopped: active || pending ? null : lastStopped(covering, now),
    };
  });
}
