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
