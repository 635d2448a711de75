import { describe, expect, it } from "vitest";
import { MAX_ACTIVE_EXERCISES, activeExerciseCount, addExerciseError } from "@/lib/rehab/home-programme";
import { readFirstConversation } from "@/lib/rehab/catalogue";

describe("home programme: at most five active exercises", () => {
  it("allows adding up to the fifth exercise", () => {
    for (let n = 0; n < MAX_ACTIVE_EXERCISES; n++) expect(addExerciseError(n)).toBeNull();
  });

  it("refuses a sixth with a message key", () => {
    expect(MAX_ACTIVE_EXERCISES).toBe(5);
    expect(addExerciseError(5)).toBe("rehab.errors.tooManyExercises");
    expect(addExerciseError(9)).toBe("rehab.errors.tooManyExercises");
  });

  it("counts only exercises that are not removed", () => {
    const now = new Date();
    expect(activeExerciseCount([{ removedAt: null }, { removedAt: now }, { removedAt: null }])).toBe(2);
    expect(
      addExerciseError(
        activeExerciseCount(
          [...Array(5)]
            .map(() => ({ removedAt: null }))
            .concat([{ removedAt: null }])
            .slice(1),
        ),
      ),
    ).toBe("rehab.errors.tooManyExercises");
    expect(addExerciseError(activeExerciseCount([...Array(5)].map((_, i) => ({ removedAt: i === 0 ? now : null }))))).toBeNull();
  });
});

describe("first-conversation guide", () => {
  it("reads stored answers and ignores unknown or empty ones", () => {
    expect(readFirstConversation({ heldOn: "2026-03-01", answers: { network: "Gift, to børn", bogus: "x", leisure: "  " } })).toEqual({
      heldOn: "2026-03-01",
      answers: { network: "Gift, to børn" },
    });
  });
  it("copes with nothing stored", () => {
    expect(readFirstConversation(null)).toEqual({ heldOn: null, answers: {} });
    expect(readFirstConversation("garbage")).toEqual({ heldOn: null, answers: {} });
  });
});

describe("an exercise's repetitions (small8 item 4)", () => {
  const base = { planId: "6b1c1a52-4d0e-4a8f-9a57-1f3c2b7e9d10", description: "Bro", frequency: "Dagligt" };
  const errorOf = async (repetitions: string) => {
    const { ZAddExercise } = await import("@/lib/validation/rehab");
    const r = ZAddExercise.safeParse({ ...base, repetitions });
    return r.success ? null : r.error.issues.map((i) => [i.path.join("."), i.message]);
  };
  it("accepts doses written with whole numbers above 0", async () => {
    for (const ok of ["12", "3 × 10", "3 x 10", "3 × 30 s", "20 minutter", "8-12", "8 – 12 gange"])
      expect(await errorOf(ok), ok).toBeNull();
  });
  it("refuses negative, zero, non-integer and number-less doses next to the field", async () => {
    for (const bad of ["-1", "0", "3 × 0", "3 × -1", "−2", "1,5", "2.5 × 10", "x", "- 3"])
      expect(await errorOf(bad), bad).toEqual([["repetitions", "rehab.errors.repetitions"]]);
  });
});
