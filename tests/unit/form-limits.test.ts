// The limits the form fields show come from the same schema the server enforces (issue 8 item 13),
// and there is one validator for record ids and versions (issue 7).
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { textLimits } from "@/lib/validation/form";
import {
  listField,
  optionalText,
  optionalUuidField,
  requiredText,
  uuidField,
  versionField,
  versionOrNewField,
} from "@/lib/validation/fields";
import { ZCorrectProgressNote, ZRecordAdherence, ZSaveFirstConversation } from "@/lib/validation/rehab";
import { ZCreateReferral } from "@/lib/validation/referrals";
import { ZSaveRtwSchedule } from "@/lib/validation/rtw";
import { ZCreateProgramme } from "@/lib/validation/programmes";

describe("text limits of a form's schema", () => {
  it("reads the maximum of required and optional texts, also behind refinements and transforms", () => {
    const s = z
      .object({ a: requiredText(200), b: optionalText(30), n: z.number(), list: listField(z.array(optionalText(20))) })
      .superRefine(() => undefined)
      .transform((v) => v);
    expect(textLimits(s)).toEqual({ a: 200, b: 30, list: 20 });
  });

  it("matches what the server refuses, for the real schemas", () => {
    expect(textLimits(ZCorrectProgressNote)).toEqual({ text: 4000, reason: 500 });
    expect(textLimits(ZRecordAdherence)).toEqual({ note: 500 });
    expect(textLimits(ZSaveRtwSchedule)).toEqual({ pattern: 200, reason: 500 });
    expect(textLimits(ZCreateReferral)).toEqual({ reason: 2000, overrideJustification: 2000 });
    expect(textLimits(ZCreateProgramme)).toMatchObject({ name: 200, description: 4000, targetGroup: 1000, criterionText: 500 });
    const guide = textLimits(ZSaveFirstConversation);
    expect(Object.values(guide)).toHaveLength(8);
    expect(new Set(Object.values(guide))).toEqual(new Set([2000]));
    // The limit is the server's: one more character is refused.
    const over = ZCorrectProgressNote.shape.text.safeParse("x".repeat(4001));
    expect(over.success).toBe(false);
    expect(ZCorrectProgressNote.shape.text.safeParse("x".repeat(4000)).success).toBe(true);
  });
});

describe("one validator for ids and versions", () => {
  it("accepts a UUID with surrounding spaces and refuses anything else with one message", () => {
    expect(uuidField.parse(" 0b6f4a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b ")).toBe("0b6f4a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b");
    for (const bad of ["", "abc", "0b6f4a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5g", undefined, 7]) {
      const r = uuidField.safeParse(bad);
      expect(r.success, String(bad)).toBe(false);
      expect(r.error?.issues[0]?.message).toBe("errors.invalidChoice");
    }
    expect(optionalUuidField.parse("")).toBeNull();
  });

  it("a version is a whole number from 1; 0 only where the form may show no record yet", () => {
    expect(versionField.parse("3")).toBe(3);
    for (const bad of ["0", "-1", "1.5", "", "x"]) expect(versionField.safeParse(bad).success, bad).toBe(false);
    expect(versionOrNewField.parse("0")).toBe(0);
    expect(versionOrNewField.safeParse("-1").success).toBe(false);
  });
});
