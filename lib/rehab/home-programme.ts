// The home programme rule (pure): at most five active exercises. The reports: with more than
// three to five exercises citizens lose the overview and stop doing them (report 003, tiltag 4).
export const MAX_ACTIVE_EXERCISES = 5;

export type ExerciseLike = { removedAt: Date | null };

export function activeExerciseCount(exercises: readonly ExerciseLike[]): number {
  return exercises.filter((e) => e.removedAt === null).length;
}

/** Null when one more exercise may be added, otherwise the translation key of the refusal. */
export function addExerciseError(activeCount: number): string | null {
  return activeCount >= MAX_ACTIVE_EXERCISES ? "rehab.errors.tooManyExercises" : null;
}
