// Every message key the study core produces has a Danish and an English text that formats with its
// parameters (use-intl, as the pages will render them).
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { studies as da } from "@/lib/i18n/messages/da/studies";
import { studies as en } from "@/lib/i18n/messages/en/studies";
import { READING_KEYS } from "./reading";
import { hiddenWarningKey, SCORE_READING_KEYS } from "./results-view";
import type { Message } from "./types";

const METRICS = ["exemptions", "missingFollowUps", "missingClosingReasons", "daysToFirstRegistration", "daysFirstAbsenceToEntry"];
const REGISTRATION_KEYS = METRICS.map((m) => `studies.registration.warning.${m}`);
// The warnings shown when a cell behind them is hidden (results-view.ts): no parameters, no digits.
const HIDDEN_KEYS = METRICS.map(hiddenWarningKey);
const samples: Message["params"] = {
  minimum: 5,
  days: 12,
  direction: "shorter",
  shorterBy: 30,
  longerBy: 6,
  tau: 365,
  from: 3,
  to: 21,
  effect: 14,
  power: 80,
  needed: 812,
  more: 400,
  plannedTau: 365,
  intervention: 40,
  control: 5,
  threshold: 10,
  score: "selfRatedHealth",
  group: "control",
  points: 1.4,
};

describe("study messages", () => {
  for (const [locale, studies] of [
    ["da", da],
    ["en", en],
  ] as const) {
    const t = createTranslator({ locale, messages: { studies } });
    it.each([...READING_KEYS, ...REGISTRATION_KEYS, ...SCORE_READING_KEYS])(`${locale}: %s exists and formats`, (key) => {
      const text = t(key as never, samples as never) as string;
      expect(text).not.toContain("{");
      expect(text).not.toBe(key);
      expect(text.length).toBeGreaterThan(20);
    });
  }

  for (const [locale, studies] of [
    ["da", da],
    ["en", en],
  ] as const) {
    const t = createTranslator({ locale, messages: { studies } });
    it.each(HIDDEN_KEYS)(`${locale}: %s exists, takes no numbers and shows none`, (key) => {
      const text = t(key as never) as string;
      expect(text).not.toBe(key);
      expect(text.length).toBeGreaterThan(20);
      expect(text).not.toMatch(/[0-9{]/);
    });
  }

  it("reads the direction of an undecided result", () => {
    const t = createTranslator({ locale: "da", messages: { studies: da } });
    expect(t("studies.reading.cannotTellYet", { ...samples, direction: "longer", days: 1 } as never)).toContain("1 dag længere");
    expect(t("studies.reading.cannotTellYet", { ...samples, direction: "same" } as never)).toContain(
      "ingen forskel på den gennemsnitlige tid",
    );
  });
});
