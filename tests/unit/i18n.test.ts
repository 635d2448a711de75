// Danish and English must have the same keys, no empty strings, and the same placeholders.
import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";

function flatten(o: unknown, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out[key] = v;
    else Object.assign(out, flatten(v, key));
  }
  return out;
}

// An ICU argument is "{name}" or "{name, select|plural, …}"; the text inside a branch ("{Indtil nu …}") is not one.
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]).sort();

describe("translations", () => {
  const da = flatten(messages.da);
  const en = flatten(messages.en);

  it("have the same keys in Danish and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
  });

  it("have no empty texts and the same placeholders", () => {
    for (const [k, v] of Object.entries(da)) {
      expect(v.trim(), k).not.toBe("");
      expect(placeholders(en[k]!), k).toEqual(placeholders(v));
    }
  });
});
