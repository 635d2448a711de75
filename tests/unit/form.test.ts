import { describe, expect, it } from "vitest";
import { z } from "zod";
import { errorKey, formDataToObject, parseWith } from "@/lib/validation/form";
import { createTranslator } from "use-intl/core";
import { messages } from "@/lib/i18n/messages";
import { danishLocalToInstant } from "@/lib/time";
import {
  cprField,
  pastOrTodayDay,
  requiredDateTime,
  intInRange,
  optionalEmail,
  optionalText,
  reasonText,
  requiredDay,
  requiredText,
} from "@/lib/validation/fields";

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

describe("a text over its limit says the limit (fix16 item 6a)", () => {
  const schema = z.object({ note: optionalText(500), name: requiredText(200), reason: reasonText(1000) });

  it("the field error carries the schema's maximum", () => {
    expect(parseWith(schema, { note: "x".repeat(501), name: "n".repeat(201), reason: "r".repeat(1001) })).toEqual({
      ok: false,
      fieldErrors: { note: ["errors.tooLongMax:500"], name: ["errors.tooLongMax:200"], reason: ["errors.tooLongMax:1000"] },
    });
    // Other messages stay plain keys.
    expect(parseWith(schema, { note: "", name: "", reason: "" })).toEqual({
      ok: false,
      fieldErrors: { name: ["errors.required"], reason: ["errors.reasonRequired"] },
    });
  });

  it('reads as "Teksten er for lang. Højst 500 tegn." (and in English)', () => {
    expect(errorKey("errors.tooLongMax:500")).toEqual({ key: "errors.tooLongMax", values: { max: 500 } });
    expect(errorKey("errors.tooLong")).toEqual({ key: "errors.tooLong" });
    // As components/forms/useErrorText.ts shows it: the key with its values.
    const translator = (locale: "da" | "en") => {
      const t = createTranslator({ locale, messages: messages[locale], timeZone: "Europe/Copenhagen" });
      return (e: string) => {
        const { key, values } = errorKey(e);
        return (t as unknown as (key: string, values?: { max: number }) => string)(key, values);
      };
    };
    const da = translator("da");
    const en = translator("en");
    expect(da("errors.tooLongMax:500")).toBe("Teksten er for lang. Højst 500 tegn.");
    expect(da("errors.tooLongMax:2000")).toBe("Teksten er for lang. Højst 2000 tegn.");
    expect(en("errors.tooLongMax:500")).toBe("The text is too long. At most 500 characters.");
    expect(da("errors.required")).toBe("Udfyld feltet.");
  });
});
