// Randomised allocation with permuted blocks of hidden, varying size, stratified, reproducible from a seed.
//
// Algorithm (version "samspil-allocation-v1"), so that an auditor can regenerate every allocation
// from the revealed seed:
//  - The seed is 32 random bytes (hex). It is the key of HMAC-SHA256 (RFC 2104; the pseudo-random
//    function of NIST SP 800-90A's HMAC_DRBG). Block b of stratum s draws its random bytes from
//    HMAC(seed, JSON(["samspil-allocation-v1", s, b, c])) for c = 0, 1, 2, … (32 bytes each),
//    read as big-endian 32-bit unsigned integers.
//  - A uniform integer in [0, m) takes the next integer x and accepts it if x < m·⌊2³²/m⌋
//    (x mod m), otherwise draws again (no modulo bias).
//  - Block b: its size is unit × multiplier, unit = ratio.INTERVENTION + ratio.CONTROL, the multiplier
//    drawn uniformly from `blockMultipliers`; it holds multiplier × ratio.X places for arm X
//    (INTERVENTION first, then CONTROL), shuffled by Fisher–Yates (Durstenfeld: for i from size−1 down
//    to 1, swap i with a uniform j in [0, i]).
//  - The k-th entrant (0-based) of stratum s gets the place k − (sizes of blocks 0…b−1) of the block
//    b that contains k. So the allocation depends only on (seed, stratum, k); the database layer
//    makes "the k-th entrant" unique per stratum (once per case, serialised entry).
// Without the seed the next allocation cannot be predicted: HMAC-SHA256 is a pseudo-random function,
// and the block sizes vary (Schulz & Grimes 2002, Lancet 359:614: "Unequal group sizes in randomised
// trials: guarding against guessing").
import { createHmac, randomBytes } from "node:crypto";
import type { Arm, PerArm } from "./types";

/** Name and version of the allocation algorithm below; part of every HMAC message, store it with the study. */
export const ALLOCATION_ALGORITHM = "samspil-allocation-v1";

export type AllocationScheme = {
  /** Places per arm in the smallest block: {INTERVENTION: 1, CONTROL: 1} = 1:1, {INTERVENTION: 2, CONTROL: 1} = 2:1. Whole numbers 1–10. */
  ratio: PerArm<number>;
  /** Block sizes as multiples of the smallest block, drawn uniformly per block. Default [1, 2, 3] (1:1 → blocks of 2, 4 or 6). */
  blockMultipliers?: readonly number[];
};

export type Allocation = { arm: Arm; index: number; block: number; blockSize: number; positionInBlock: number };

const DEFAULT_MULTIPLIERS = [1, 2, 3] as const;

/** A new secret seed: 32 random bytes as 64 hex characters. Store it encrypted; reveal it when the study closes. */
export function newAllocationSeed(): string {
  return randomBytes(32).toString("hex");
}

/** Canonical stratum key from stratification factors, e.g. {diagnosisGroup: "MENTAL"} → "diagnosisGroup=MENTAL". "" when unstratified. */
export function stratumKey(factors: Readonly<Record<string, string>>): string {
  return Object.keys(factors)
    .sort()
    .map((k) => `${k}=${factors[k]}`)
    .join("|");
}

function checkScheme(scheme: AllocationScheme): readonly number[] {
  const { INTERVENTION, CONTROL } = scheme.ratio;
  for (const w of [INTERVENTION, CONTROL]) {
    if (!Number.isInteger(w) || w < 1 || w > 10) throw new RangeError(`ratio weights must be whole numbers 1–10: ${w}`);
  }
  const m = scheme.blockMultipliers ?? DEFAULT_MULTIPLIERS;
  if (m.length === 0 || new Set(m).size !== m.length || m.some((x) => !Number.isInteger(x) || x < 1 || x > 10)) {
    throw new RangeError(`block multipliers must be distinct whole numbers 1–10: ${m.join(",")}`);
  }
  return m;
}

function checkSeed(seed: string): Buffer {
  if (!/^[0-9a-f]{64}$/i.test(seed)) throw new RangeError("the allocation seed must be 64 hex characters (32 bytes)");
  return Buffer.from(seed, "hex");
}

/** The random integers of one block: a deterministic stream from (seed, stratum, block). */
function blockStream(key: Buffer, stratum: string, block: number) {
  let chunk = 0;
  let buf: Buffer = Buffer.alloc(0);
  let pos = 0;
  const nextUint32 = (): number => {
    if (pos + 4 > buf.length) {
      buf = createHmac("sha256", key)
        .update(JSON.stringify([ALLOCATION_ALGORITHM, stratum, block, chunk++]))
        .digest();
      pos = 0;
    }
    const x = buf.readUInt32BE(pos);
    pos += 4;
    return x;
  };
  return {
    /** Uniform integer in [0, m), rejection sampling. */
    below(m: number): number {
      const limit = Math.floor(0x1_0000_0000 / m) * m;
      for (;;) {
        const x = nextUint32();
        if (x < limit) return x % m;
      }
    },
  };
}

function makeBlock(key: Buffer, scheme: AllocationScheme, multipliers: readonly number[], stratum: string, block: number): Arm[] {
  const rnd = blockStream(key, stratum, block);
  const mult = multipliers[rnd.below(multipliers.length)]!;
  const places: Arm[] = [
    ...Array<Arm>(mult * scheme.ratio.INTERVENTION).fill("INTERVENTION"),
    ...Array<Arm>(mult * scheme.ratio.CONTROL).fill("CONTROL"),
  ];
  for (let i = places.length - 1; i > 0; i--) {
    const j = rnd.below(i + 1);
    [places[i], places[j]] = [places[j]!, places[i]!];
  }
  return places;
}

/**
 * The arm of the k-th entrant (0-based) of `stratum`. Depends only on (seed, scheme, stratum, k).
 * Throws RangeError for a malformed seed or scheme, or k not a whole number ≥ 0.
 */
export function allocate(seed: string, scheme: AllocationScheme, stratum: string, k: number): Allocation {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a whole number ≥ 0: ${k}`);
  const key = checkSeed(seed);
  const multipliers = checkScheme(scheme);
  let start = 0;
  for (let block = 0; ; block++) {
    const places = makeBlock(key, scheme, multipliers, stratum, block);
    if (k < start + places.length) {
      return { arm: places[k - start]!, index: k, block, blockSize: places.length, positionInBlock: k - start };
    }
    start += places.length;
  }
}

/** The first `count` allocations of `stratum` (for an auditor, or a simulation). */
export function allocationSequence(seed: string, scheme: AllocationScheme, stratum: string, count: number): Allocation[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0: ${count}`);
  const key = checkSeed(seed);
  const multipliers = checkScheme(scheme);
  const out: Allocation[] = [];
  for (let block = 0; out.length < count; block++) {
    const places = makeBlock(key, scheme, multipliers, stratum, block);
    places.forEach((arm, positionInBlock) => {
      if (out.length < count) out.push({ arm, index: out.length, block, blockSize: places.length, positionInBlock });
    });
  }
  return out;
}

export type RecordedAllocation = { stratum: string; index: number; arm: Arm };

/**
 * Checks recorded allocations against the sequence the seed generates (the auditor's check when the
 * seed is revealed). Returns the records that do not match, the entrant numbers used twice in a
 * stratum (duplicates), and the numbers missing below the highest one (gaps: an entrant skipped).
 */
export function verifyAllocations(
  seed: string,
  scheme: AllocationScheme,
  recorded: readonly RecordedAllocation[],
): {
  ok: boolean;
  mismatches: (RecordedAllocation & { expected: Arm })[];
  duplicates: { stratum: string; index: number }[];
  gaps: { stratum: string; index: number }[];
} {
  for (const r of recorded) {
    if (!Number.isInteger(r.index) || r.index < 0) throw new RangeError(`index must be a whole number ≥ 0: ${r.index}`);
  }
  const byStratum = new Map<string, RecordedAllocation[]>();
  for (const r of recorded) byStratum.set(r.stratum, [...(byStratum.get(r.stratum) ?? []), r]);
  const mismatches: (RecordedAllocation & { expected: Arm })[] = [];
  const gaps: { stratum: string; index: number }[] = [];
  const duplicates: { stratum: string; index: number }[] = [];
  for (const [stratum, rows] of byStratum) {
    const max = Math.max(...rows.map((r) => r.index));
    const sequence = allocationSequence(seed, scheme, stratum, max + 1);
    const seen = new Set<number>();
    for (const r of rows) {
      if (seen.has(r.index)) duplicates.push({ stratum, index: r.index });
      seen.add(r.index);
      const expected = sequence[r.index]!.arm;
      if (expected !== r.arm) mismatches.push({ ...r, expected });
    }
    for (let i = 0; i <= max; i++) if (!seen.has(i)) gaps.push({ stratum, index: i });
  }
  return { ok: mismatches.length === 0 && gaps.length === 0 && duplicates.length === 0, mismatches, duplicates, gaps };
}
