// A form whose schema loads on demand (lazySchema, ADR 0030) states the schema's text limits next to
// the reference, so that maxlength and the counters are in the server's HTML. They must be the
// limits the schema (and so the server) enforces: every lazySchema(...) in app/ and components/ is
// read from the source and compared with textLimits of the schema it imports.
import { readFileSync } from "node:fs";
import { execSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { textLimits } from "@/lib/validation/form";

const CALL = /lazySchema\(\s*\(\) => import\("([^"]+)"\)\.then\(\(m\) => m\.(\w+)\)(?:,\s*(\{[^}]*\}))?,?\s*\)/g;

function declared(literal: string | undefined): Record<string, number> {
  if (!literal) return {};
  return Object.fromEntries([...literal.matchAll(/(\w+): (\d+)/g)].map((m) => [m[1]!, Number(m[2])] as const));
}

const files = execSync("grep -rlE --include=*.ts --include=*.tsx 'import \{ lazySchema' app components", { encoding: "utf8" })
  .trim()
  .split("\n")
  .filter((f) => f !== "components/forms/lazySchema.ts");

describe("lazy schemas state their schema's text limits (ADR 0030)", () => {
  it("finds the forms that load their schema on demand", () => {
    expect(files.length).toBeGreaterThan(30);
  });

  for (const file of files) {
    it(file, async () => {
      const source = readFileSync(file, "utf8");
      const calls = [...source.matchAll(CALL)];
      // Every reference in the file has the checked shape (none escapes the comparison).
      expect(calls.length).toBe(source.split("lazySchema(").length - 1);
      for (const [, modulePath, name, literal] of calls) {
        const mod = (await import(modulePath!)) as Record<string, unknown>;
        expect(mod[name!], `${modulePath} exports ${name}`).toBeDefined();
        expect(declared(literal), `${name} in ${file}`).toEqual(textLimits(mod[name!] as never));
      }
    });
  }
});
