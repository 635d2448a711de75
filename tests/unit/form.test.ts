import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formDataToObject, parseWith } from "@/lib/validation/form";
import { danishLocalToInstant } from "@/lib/time";
import { cprField, pastOrTodayDay, requiredDateTime, intInRange, optionalEmail, requiredDay, requiredText } from "@/lib/validation/fields";

describe("form parsing", () => {
  it("turns repeated and [] names into arrays and drops Next's action fields", () => {
    const fd = new FormData();
    fd.append("name", "A");
    fd.append("tags[]", "x");
    fd.append("one[]", "only");
    fd.append("tags[]", "y");
    fd.append("$ACTION_ID_abc", "");
    expect(formDataToObject(fd)).toEqual({ name: "A", tags: ["x", "y"], one: ["only"] });
  });

  it("reports translation keys per field", () => {
    const schema = z.object({ name: requiredText(5), day: requiredDay, n: intInRange(1, 10), email: optionalEmail, cpr: cprField });
    const r = parseWith(schema, { name: "  ", day: "2026-02-30", n: "11", email: "nope", cpr: "3102701234" });
    expect(r).toEqual({
      ok: false,
      fieldErrors: {
        name: ["errors.required"],
        day: ["errors.invalidDate"],
        n: ["errors.numberTooLarge"],
        email: ["errors.invalidEmail"],
        cpr: ["errors.cprDate"],
      },
    });
    const ok = parseWith(schema, { name: " Anne ", day: "2028-02-29", n: "3", email: "", cpr: "010170-1234" });
    expect(ok).toEqual({ ok: true, data: { name: "Anne", day: new Date("2028-02-29T00:00:00Z"), n: 3, email: null, cpr: "0101701234" } });
  });

  it("says a typed non-number is not a number, and an empty field is missing", () => {
    const schema = z.object({ n: intInRange(1, 10) });
    expect(parseWith(schema, { n: "abc" })).toEqual({ ok: false, fieldErrors: { n: ["errors.invalidNumber"] } });
    expect(parseWith(schema, { n: "" })).toEqual({ ok: false, fieldErrors: { n: ["errors.required"] } });
  });

  it("reports a future date in the same pass as the other field errors", () => {
    const schema = z.object({ on: pastOrTodayDay, text: requiredText(10) });
    const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    expect(parseWith(schema, { on: inAMonth, text: "" })).toEqual({
      ok: false,
      fieldErrors: { on: ["errors.dateInFuture"], text: ["errors.required"] },
    });
  });

  it("refuses date-times that do not exist instead of rolling them over", () => {
    expect(requiredDateTime.safeParse("2026-02-30T10:00").success).toBe(false);
    expect(requiredDateTime.safeParse("2026-02-28T24:00").success).toBe(false);
    expect(requiredDateTime.safeParse("2028-02-29T10:00").success).toBe(true);
  });

  it("reads datetime-local input as Danish time, across daylight saving", () => {
    expect(danishLocalToInstant("2026-07-01T10:00").toISOString()).toBe("2026-07-01T08:00:00.000Z");
    expect(danishLocalToInstant("2026-12-01T10:00").toISOString()).toBe("2026-12-01T09:00:00.000Z");
  });
});
