// Seeded pseudo-random numbers for the bootstrap and the simulations: xoroshiro128+ (Blackman &
// Vigna 2018) from the maintained `pure-rand` package. The same seed gives the same stream on every
// machine, so every bootstrap interval and every simulated trial can be reproduced exactly.
// The 128-bit state is the first 16 bytes of SHA-256("samspil-rng-v1:" + seed): pure-rand's own
// xoroshiro128plus(seed) starts from the state (−1, ~seed, seed, 0), whose first outputs are
// simple functions of the seed (the very first is ~seed), so streams of different seeds start correlated.
// NOT for allocation: a non-cryptographic generator can be predicted from its output; study
// allocation uses HMAC-SHA256 keyed by a secret seed (lib/studies/allocation.ts).
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";
import { createHash } from "node:crypto";

export type Rng = {
  /** Uniform on [0, 1), 53 random bits. */
  float(): number;
  /** Uniform integer in [min, max], both included (unbiased). */
  int(min: number, max: number): number;
};

/** A seeded generator. `seed` is any 32-bit integer; equal seeds give equal streams. */
export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer: ${seed}`);
  const digest = createHash("sha256")
    .update(`samspil-rng-v1:${seed | 0}`)
    .digest();
  const state: number[] = [0, 4, 8, 12].map((i) => digest.readInt32BE(i));
  if (!state.some((x) => x !== 0)) state[0] = 1; // the all-zero state is the one xoroshiro cannot leave (probability 2⁻¹²⁸)
  const g = xoroshiro128plusFromState(state);
  return {
    float: () => uniformFloat64(g),
    int: (min, max) => uniformInt(g, min, max),
  };
}
