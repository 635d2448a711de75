// Allocation: balanced in every complete block and stratum, reproducible from the seed, different
// for other seeds, ratio respected, hidden varying block sizes, and an auditor's check.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { allocate, allocationSequence, newAllocationSeed, stratumKey, verifyAllocations, type AllocationScheme } from "./allocation";

const SEED = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
const ONE_TO_ONE: AllocationScheme = { ratio: { INTERVENTION: 1, CONTROL: 1 } };
const TWO_TO_ONE: AllocationScheme = { ratio: { INTERVENTION: 2, CONTROL: 1 } };
/** Fixed seeds so that every run checks the same sequences. */
const seedOf = (label: string) => createHash("sha256").update(label).digest("hex");
const letters = (arms: { arm: string }[]) => arms.map((a) => (a.arm === "INTERVENTION" ? "I" : "C")).join("");

describe("allocation sequence", () => {
  it("matches an independent implementation of the documented algorithm (auditor's test vector)", () => {
    // Computed with Python's hmac/hashlib/json from the description at the top of allocation.ts.
    expect(letters(allocationSequence(SEED, ONE_TO_ONE, "diagnosisGroup=MENTAL", 24))).toBe("ICICCICICIICCIIICCICICIC");
    expect(letters(allocationSequence(SEED, TWO_TO_ONE, "diagnosisGroup=MUSCULOSKELETAL", 24))).toBe("CCIIIICICIIIICICIICIIIII");
    expect(letters(allocationSequence(SEED, ONE_TO_ONE, "", 24))).toBe("ICCIICIICICCCICICICICICI");
    expect(letters(allocationSequence(SEED, { ...ONE_TO_ONE, blockMultipliers: [2] }, "æøå", 12))).toBe("CIICICICCICI");
  });

  it.each([
    ["1:1", ONE_TO_ONE],
    ["2:1", TWO_TO_ONE],
    ["3:2 with blocks ×2, ×4", { ratio: { INTERVENTION: 3, CONTROL: 2 }, blockMultipliers: [2, 4] }],
  ] as const)("is balanced within every complete block of every stratum (%s)", (_, scheme) => {
    const unit = scheme.ratio.INTERVENTION + scheme.ratio.CONTROL;
    const multipliers = scheme.blockMultipliers ?? [1, 2, 3];
    for (const stratum of ["diagnosisGroup=MENTAL", "diagnosisGroup=MUSCULOSKELETAL", "diagnosisGroup=OTHER"]) {
      const seq = allocationSequence(seedOf(`${_}/${stratum}`), scheme, stratum, 500);
      const blocks = new Map<number, typeof seq>();
      for (const a of seq) blocks.set(a.block, [...(blocks.get(a.block) ?? []), a]);
      for (const [, members] of blocks) {
        const size = members[0]!.blockSize;
        expect(multipliers.map((m) => m * unit)).toContain(size);
        if (members.length < size) continue; // the last, incomplete block
        const mult = size / unit;
        expect(members.filter((a) => a.arm === "INTERVENTION").length).toBe(mult * scheme.ratio.INTERVENTION);
        expect(members.filter((a) => a.arm === "CONTROL").length).toBe(mult * scheme.ratio.CONTROL);
      }
    }
  });

  it("respects the ratio at every point, within one largest block", () => {
    const seq = allocationSequence(seedOf("ratio"), TWO_TO_ONE, "s", 3000);
    const maxBlock = 3 * 3;
    let i = 0;
    for (const [k, a] of seq.entries()) {
      if (a.arm === "INTERVENTION") i++;
      expect(Math.abs(i - ((k + 1) * 2) / 3)).toBeLessThanOrEqual(maxBlock);
    }
    expect(i / 3000).toBeCloseTo(2 / 3, 2);
  });

  it("varies the block size, each size about equally often", () => {
    const seq = allocationSequence(seedOf("sizes"), ONE_TO_ONE, "s", 4000);
    const sizes = new Map<number, number>();
    for (const a of seq) if (a.positionInBlock === 0) sizes.set(a.blockSize, (sizes.get(a.blockSize) ?? 0) + 1);
    expect([...sizes.keys()].sort()).toEqual([2, 4, 6]);
    const blocks = [...sizes.values()].reduce((s, n) => s + n, 0);
    for (const n of sizes.values()) expect(Math.abs(n / blocks - 1 / 3)).toBeLessThan(0.06);
  });

  it("is reproducible: the k-th allocation depends only on seed, stratum and k", () => {
    const seq = allocationSequence(SEED, TWO_TO_ONE, "diagnosisGroup=OTHER", 60);
    for (const k of [0, 1, 7, 30, 59]) {
      expect(allocate(SEED, TWO_TO_ONE, "diagnosisGroup=OTHER", k)).toEqual(seq[k]);
      expect(allocate(SEED, TWO_TO_ONE, "diagnosisGroup=OTHER", k)).toEqual(allocate(SEED, TWO_TO_ONE, "diagnosisGroup=OTHER", k));
    }
    // Other strata do not influence a stratum's sequence.
    allocationSequence(SEED, TWO_TO_ONE, "diagnosisGroup=MENTAL", 100);
    expect(allocationSequence(SEED, TWO_TO_ONE, "diagnosisGroup=OTHER", 60)).toEqual(seq);
  });

  it("differs between seeds and between strata", () => {
    const a = letters(allocationSequence(SEED, ONE_TO_ONE, "x", 64));
    const b = letters(allocationSequence(seedOf("other"), ONE_TO_ONE, "x", 64));
    const c = letters(allocationSequence(SEED, ONE_TO_ONE, "y", 64));
    expect(b).not.toBe(a);
    expect(c).not.toBe(a);
  });

  it("refuses malformed seeds, schemes and indices", () => {
    expect(() => allocate("abc", ONE_TO_ONE, "s", 0)).toThrow(RangeError);
    expect(() => allocate(SEED, { ratio: { INTERVENTION: 0, CONTROL: 1 } }, "s", 0)).toThrow(RangeError);
    expect(() => allocate(SEED, { ratio: { INTERVENTION: 1, CONTROL: 1 }, blockMultipliers: [2, 2] }, "s", 0)).toThrow(RangeError);
    expect(() => allocate(SEED, ONE_TO_ONE, "s", -1)).toThrow(RangeError);
    expect(() => allocate(SEED, ONE_TO_ONE, "s", 1.5)).toThrow(RangeError);
    expect(newAllocationSeed()).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("stratum keys", () => {
  it("are canonical whatever the order of the factors", () => {
    expect(stratumKey({ diagnosisGroup: "MENTAL", sex: "F" })).toBe("diagnosisGroup=MENTAL|sex=F");
    expect(stratumKey({ sex: "F", diagnosisGroup: "MENTAL" })).toBe("diagnosisGroup=MENTAL|sex=F");
    expect(stratumKey({})).toBe("");
  });
});

describe("auditor's verification with the revealed seed", () => {
  const recorded = allocationSequence(SEED, ONE_TO_ONE, "m", 20).map((a) => ({ stratum: "m", index: a.index, arm: a.arm }));

  it("accepts the true record", () => {
    expect(verifyAllocations(SEED, ONE_TO_ONE, recorded)).toEqual({ ok: true, mismatches: [], duplicates: [], gaps: [] });
  });

  it("finds a changed allocation, a duplicate entrant number and a skipped one", () => {
    const changed = recorded.map((r) =>
      r.index === 4 ? { ...r, arm: r.arm === "CONTROL" ? ("INTERVENTION" as const) : ("CONTROL" as const) } : r,
    );
    const v = verifyAllocations(SEED, ONE_TO_ONE, [...changed.filter((r) => r.index !== 7), recorded[3]!]);
    expect(v.ok).toBe(false);
    expect(v.mismatches.map((m) => m.index)).toEqual([4]);
    expect(v.duplicates).toEqual([{ stratum: "m", index: 3 }]);
    expect(v.gaps).toEqual([{ stratum: "m", index: 7 }]);
  });

  it("finds allocations made with another seed", () => {
    expect(verifyAllocations(seedOf("other"), ONE_TO_ONE, recorded).ok).toBe(false);
  });
});
