// A policy scope as SQL (lib/domain/scoped-sql.ts, ADR 0025): the organisation's rows and "nothing"
// translate exactly; any richer scope, and an alias that is not plain letters, are refused.
import { describe, expect, it } from "vitest";
import { scopeToSql } from "@/lib/domain/scoped-sql";
import { NOTHING } from "@/lib/auth/policy/actor";

describe("scopeToSql", () => {
  it("turns the organisation's rows into one equality with the id as a parameter", () => {
    const s = scopeToSql("kpiCell", { organisationId: "org-1" }, "c");
    expect(s.sql).toBe(`"c"."organisationId" = ?`);
    expect(s.values).toEqual(["org-1"]);
  });

  it("turns the empty scopes into FALSE", () => {
    expect(scopeToSql("kpiCell", { organisationId: { in: [] } }, "c").sql).toBe("FALSE");
    expect(scopeToSql("department", NOTHING, "d").sql).toBe("FALSE");
  });

  it("refuses a scope it cannot translate exactly, rather than dropping part of it", () => {
    for (const scope of [
      { organisationId: "org-1", departmentId: "dep-1" },
      { organisationId: { in: ["org-1"] } },
      { organisationId: "" },
      { OR: [{ organisationId: "org-1" }] },
      { case: { organisationId: "org-1" } },
      {},
      null,
    ])
      expect(() => scopeToSql("kpiCell", scope, "c"), JSON.stringify(scope)).toThrow(/no exact SQL translation/);
  });

  it("refuses an alias that is not plain letters", () => {
    for (const alias of ['c"; DROP TABLE x; --', "c.d", "", "c1"])
      expect(() => scopeToSql("kpiCell", { organisationId: "o" }, alias)).toThrow(/bad alias/);
  });
});
