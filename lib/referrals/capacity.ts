// Capacity and wait-list ordering (pure). A programme has `capacity` places at a time; a place is
// taken by a STARTED referral. The wait list of a programme is its WAITLISTED referrals ordered by
// when they were wait-listed (ties by id, so the order is total and the same on both sides).

export type Waitlisted = { id: string; waitlistedAt: Date | null };

export function freePlaces(capacity: number, startedCount: number): number {
  return Math.max(0, capacity - startedCount);
}

/** A referral may start only while STARTED count < capacity. */
export function canStart(capacity: number, startedCount: number): boolean {
  return startedCount < capacity;
}

/** Share of places in use (0–1+; above 1 only if data were overfilled before capacity was lowered). */
export function capacityUse(capacity: number, startedCount: number): number {
  return capacity <= 0 ? 0 : startedCount / capacity;
}

function time(d: Date | null): number {
  // A wait-listed row without a timestamp (should not happen) goes last.
  return d ? d.getTime() : Number.POSITIVE_INFINITY;
}

/** The wait list in queue order. */
export function waitlistOrder<T extends Waitlisted>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => time(a.waitlistedAt) - time(b.waitlistedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** id → 1-based queue position. */
export function waitlistPositions(rows: readonly Waitlisted[]): Map<string, number> {
  return new Map(waitlistOrder(rows).map((r, i) => [r.id, i + 1]));
}

/** 1-based queue position of `id`, or null when it is not on the wait list. */
export function waitlistPosition(rows: readonly Waitlisted[], id: string): number | null {
  return waitlistPositions(rows).get(id) ?? null;
}
