// Shared vocabulary of the effect-study core (issue 14). Pure: no database, no framework.

/** The two arms of a study. In a matched study CONTROL is the matched comparison group. */
export type Arm = "INTERVENTION" | "CONTROL";
/** The arms in display order. */
export const ARMS: readonly Arm[] = ["INTERVENTION", "CONTROL"];

/** A value per arm. */
export type PerArm<T> = { INTERVENTION: T; CONTROL: T };

/** Closing reasons as stored on a case (prisma enum ClosingReason). */
export type ClosingReason =
  "FULL_RETURN_TO_WORK" | "BENEFIT_PERIOD_ENDED" | "TRANSFERRED_TO_OTHER_BENEFIT" | "MOVED" | "DECEASED" | "OTHER";

/** Case statuses as stored (prisma enum CaseStatus). */
export type CaseStatus = "ACTIVE" | "PARTIAL_RETURN" | "CLOSED";

/** A translation key with its parameters; phase 2 renders it with the translator (messages in lib/i18n/messages/{da,en}/studies.ts). */
export type Message = { key: string; params: Record<string, number | string> };
