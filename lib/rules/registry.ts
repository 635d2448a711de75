// Rulesets by jurisdiction (Organisation.jurisdiction). To add Norway or Sweden, write
// lib/rules/no.ts exporting a `Ruleset` (parameters schema, defaults, compute) with the same
// DeadlineKind vocabulary extended as needed, and add it to RULESETS; nothing else changes.
import { dkRuleset } from "./dk";
import type { Ruleset } from "./types";

const RULESETS: Readonly<Record<string, Ruleset>> = {
  DK: dkRuleset as unknown as Ruleset,
};

export class UnknownJurisdictionError extends Error {
  constructor(public readonly jurisdiction: string) {
    super(`no deadline ruleset for jurisdiction "${jurisdiction}"`);
    this.name = "UnknownJurisdictionError";
  }
}

export function hasRuleset(jurisdiction: string): boolean {
  return Object.hasOwn(RULESETS, jurisdiction);
}

export function getRuleset(jurisdiction: string): Ruleset {
  if (!hasRuleset(jurisdiction)) throw new UnknownJurisdictionError(jurisdiction);
  return RULESETS[jurisdiction]!;
}

export function jurisdictions(): string[] {
  return Object.keys(RULESETS);
}
