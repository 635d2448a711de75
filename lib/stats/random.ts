// Seeded pseudo-random numbers for the bootstrap and the simulations: xoroshiro128+ (Blackman &
// Vigna 2018) from the maintained `pure-rand` package. The same seed gives the same stream on every
// machine, so every bootstrap interval and every simulated trial can be reproduced exactly.
// NOT for allocation: a non-cryptographic generator can be predicted from its output; study
// allocation uses HMAC-SHA256 keyed by a secret seed (lib/studies/allocation.ts).
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

export type Rng = {
  /** Uniform on [0, 1), 53 random bits. */
  float(): number;
  /** Uniform integer in [min, max], both included (unbiased). */
  int(min: number, max: number): number;
};

/** A seeded generator. `seed` is any 32-bit integer; equal seeds give equal streams. */
export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer: ${seed}`);
  const g = xoroshiro128plus(seed | 0);
  return {
    float: () => uniformFloat64(g),
    int: (min, max) => uniformInt(g, min, max),
  };
}
