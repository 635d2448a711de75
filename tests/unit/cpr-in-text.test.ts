// A CPR number in a free text where none may be written (fix15 item 1: anonymised agenda items).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { containsCprLike } from "@/lib/validation/cpr";
import { ZAddAgendaItem, ZFlagForConference } from "@/lib/validation/meetings";

const MEETING = "00000000-0000-4000-8000-000000000001";

describe("containsCprLike", () => {
  it.each([
    ["Borger 120385-1237 har brug for mentor, hvad gør vi?", "with a dash"],
    ["Borger 1203851237 har brug for mentor", "10 digits in a row"],
    ["120385 1237", "with a space"],
    ["120385–1237", "with an en dash"],
    ["cpr1203851237x", "inside a word"],
    ["CPR:120385-1237.", "after a colon, before a full stop"],
    ["１２０３８５１２３７", "full-width digits"],
    ["310299-0000", "an impossible check digit (no modulus 11 check)"],
    ["999999-9999", "not even a date (no date check)"],
  ])("%j reads as a CPR number (%s)", (text) => {
    expect(containsCprLike(text)).toBe(true);
  });

  it.each([
    ["Ring på 12345678 i morgen", "a phone number of 8 digits"],
    ["Tlf. 12 34 56 78", "a phone number in pairs"],
    ["+45 12345678", "with the country code"],
    ["12345678 87654321", "two phone numbers"],
    ["120385-123", "9 digits"],
    ["12038512378", "11 digits in a row"],
    ["Mødet 12.03.85 kl. 12.37", "a date and a time"],
    ["", "empty"],
    [null, "none"],
  ] as [string | null, string][])("%j does not (%s)", (text) => {
    expect(containsCprLike(text)).toBe(false);
  });
});

/** A CPR number as someone may type it: 6 digits, maybe a dash or a space, 4 digits. */
const typedCpr = fc
  .tuple(fc.stringMatching(/^\d{6}$/), fc.constantFrom("", "-", " ", "–"), fc.stringMatching(/^\d{4}$/))
  .map(([d, sep, s]) => `${d}${sep}${s}`);
/** Text around it that does not glue more digits to it. */
const around = fc.string({ maxLength: 200 }).map((s) => s.replace(/\d+$/, "").replace(/^\d+/, ""));

describe("an anonymised item's question", () => {
  it("any text containing a CPR number is refused at the question field", () => {
    fc.assert(
      fc.property(around, typedCpr, around, (before, cpr, after) => {
        const question = `${before.trimStart()} ${cpr} ${after}`.trim().slice(0, 1000);
        const r = ZAddAgendaItem.safeParse({ meetingId: MEETING, citizenId: "", flagId: "", source: "MANUAL", question });
        expect(r.success).toBe(false);
        expect(r.error?.issues.some((i) => i.path[0] === "question" && i.message === "meetings.errors.cprInAnonymised")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("a question without one is accepted; a named item's question is not checked here (the citizen is named)", () => {
    const base = { meetingId: MEETING, flagId: "", source: "MANUAL" };
    expect(ZAddAgendaItem.safeParse({ ...base, citizenId: "", question: "Borger har brug for mentor, tlf. 12345678" }).success).toBe(true);
    expect(ZAddAgendaItem.safeParse({ ...base, citizenId: MEETING, question: "Se 120385-1237" }).success).toBe(true);
  });

  it("a conference flag's question (it may go on the agenda anonymised) is refused too", () => {
    const r = ZFlagForConference.safeParse({ caseId: MEETING, rehabPlanId: "", question: "Borger 120385-1237 har brug for mentor" });
    expect(r.error?.issues.map((i) => i.message)).toContain("meetings.errors.cprInFlag");
  });
});
