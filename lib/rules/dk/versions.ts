// The built-in dated history of the Danish ruleset (issue 15, issue 8 item 14). Phase 2 stores these
// as RuleSet rows; an admin-entered change (e.g. a law change known in advance) is one more version
// with a later `effectiveFrom`. Which version computes which deadline: lib/rules/dated.ts.
//
// Dates (sources in docs/decisions/0006-follow-up-deadline-rules.md):
// - The 2014 sickness-benefit reform, lov nr. 720 af 25. juni 2014, took effect in two parts:
//   1 July 2014 (reassessment after 22 weeks, job clarification course, extension for
//   life-threatening illness) and 5 January 2015 (the visitation and follow-up model: categories
//   1/2/3, doctor's certificate, early follow-up, rehabilitation team) — Beskæftigelsesministeriet,
//   "Anden del af sygedagpengereformen er netop trådt i kraft", 5 January 2015.
// - The version of the 2014 rules is dated 5 January 2015 because its follow-up model is what the
//   case deadlines are mostly about; its benefit-limit parameters (22 weeks within 9 months) are
//   also those of the 2009 version as the SPEC describes it, so the half year between the two
//   parts is computed with the 22-week limit either way (see the ADR for the pre-2014 limit).
import type { RuleVersionInput } from "../versions-types";
import { DK_DEFAULTS } from "../types";
import { DK_2014_DEFAULTS } from "./params-2014";
import { utcDay } from "@/lib/time";

export const DK_2009_VERSION: RuleVersionInput = {
  key: "DK-2009",
  name: "DK 2009 (source reports)",
  nameKey: "dk2009",
  effectiveFrom: null,
  transition: "RUNNING_CASES",
  legalReferences: [
    "lov nr. 563 af 9. juni 2006 om sygedagpenge, som ændret bl.a. ved lov nr. 480 af 12. juni 2009 (§§ 7 a og 7 b)",
    "KL (2011): Samarbejde om sundhedsindsatser til sygedagpengemodtagere",
    "Rambøll (2009): Aktive – hurtigere tilbage",
  ],
  parameters: DK_DEFAULTS,
};

export const DK_2014_VERSION: RuleVersionInput = {
  key: "DK-2014",
  name: "DK 2014 reform (current)",
  nameKey: "dk2014",
  effectiveFrom: utcDay(2015, 1, 5),
  transition: "RUNNING_CASES",
  legalReferences: [
    "lov nr. 720 af 25. juni 2014 (sygedagpengereformen)",
    "sygedagpengeloven §§ 7 a, 11 a, 12–13 d, 24 og 27",
    "vejledning nr. 9208 af 21. marts 2023 om visitation og opfølgning m.v. i sygedagpengesager",
  ],
  parameters: DK_2014_DEFAULTS,
};

/** The Danish history, earliest first; the last one is the law in force today. */
export const DK_VERSIONS: readonly RuleVersionInput[] = [DK_2009_VERSION, DK_2014_VERSION];
