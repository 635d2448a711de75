// GET /healthz (issue 10): 200 {"status":"ok"} with a working database, 503 {"status":"unavailable"}
// when the database cannot be reached; never cached; the body carries nothing but the status.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { PrismaClient, installDbForTests } from "@/lib/db/client";
import { GET } from "@/app/healthz/route";

beforeAll(setupTestDb);
afterAll(teardownTestDb);

describe("GET /healthz", () => {
  it("answers 200 ok, not cached, when the database answers", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("answers 503 unavailable when the database cannot be reached, and 200 again when it can", async () => {
    // A client for a port nothing listens on: every query fails to connect.
    const broken = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://nobody@127.0.0.1:1/none" }) });
    const g = globalThis as unknown as { samspilDbClose?: () => Promise<void> };
    const closeReal = g.samspilDbClose!;
    installDbForTests(broken, async () => broken.$disconnect());
    try {
      const res = await GET();
      expect(res.status).toBe(503);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(await res.json()).toEqual({ status: "unavailable" });
    } finally {
      await broken.$disconnect();
      installDbForTests(testDb().db, closeReal);
    }
    expect((await GET()).status).toBe(200);
  });
});
