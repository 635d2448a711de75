// The migrations folder is what `prisma migrate deploy` (and scripts/migrate.ts) read: keep it in
// Prisma's layout so a connected machine can apply the same history.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dir = path.resolve("prisma/migrations");
const folders = fs
  .readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe("prisma/migrations", () => {
  it("has migrations named <14-digit timestamp>_<snake_case name>", () => {
    expect(folders.length).toBeGreaterThan(0);
    for (const f of folders) expect(f).toMatch(/^\d{14}_[a-z0-9_]+$/);
  });

  it("has a migration.sql in every folder and nothing else", () => {
    for (const f of folders) {
      expect(fs.readdirSync(path.join(dir, f))).toEqual(["migration.sql"]);
      expect(fs.readFileSync(path.join(dir, f, "migration.sql"), "utf8").trim().length).toBeGreaterThan(0);
    }
  });

  it("is locked to postgresql", () => {
    expect(fs.readFileSync(path.join(dir, "migration_lock.toml"), "utf8")).toMatch(/provider = "postgresql"/);
  });

  it("is sorted so that lexical order is the order of application", () => {
    const stamps = folders.map((f) => f.slice(0, 14));
    expect(new Set(stamps).size).toBe(stamps.length);
  });
});
