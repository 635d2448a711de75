// Which version a form's hidden field sends after a refused submission (ADR 0033 addendum, fix10
// item 4, fix14 item 1): the version sent while the page still shows the version it had when the
// refusal was drawn; the page's version once that changed (the user's own save elsewhere on the
// page); and after a conflict always the version sent: the visible fields still hold the user's text,
// based on it, so a further save is a conflict again instead of overwriting the other change.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hiddenFieldValue } from "@/components/forms/HiddenFields";

describe("hiddenFieldValue", () => {
  it("without a refusal (nothing sent under the name) the page's value", () => {
    expect(hiddenFieldValue(4, undefined, false, 4)).toBe(4);
    expect(hiddenFieldValue(4, ["3"], false, 4)).toBe(4);
  });

  it("after a refusal, the version sent while the page's version is the one it had at the refusal", () => {
    // Someone else saved (v4) before the user's refused post of v3: the next post is a conflict, not an overwrite.
    expect(hiddenFieldValue(4, "3", false, 4)).toBe("3");
    expect(hiddenFieldValue("4", "3", false, 4)).toBe("3");
  });

  it("after a refusal and then a save of the same record on the page (v5), the page's version: no false conflict", () => {
    expect(hiddenFieldValue(5, "3", false, 4)).toBe(5);
    expect(hiddenFieldValue(5, "4", false, 4)).toBe(5);
  });

  it("after a conflict, the version sent, whatever the page's version: a further save is a conflict again (fix14 item 1)", () => {
    // The server drew the page again with the other person's save (v4) while the fields show what was sent (based on v3).
    expect(hiddenFieldValue(4, "3", true, 4)).toBe("3");
    expect(hiddenFieldValue(5, "3", true, 4)).toBe("3");
    expect(hiddenFieldValue(4, undefined, true, 4)).toBe(4);
  });

  it("property: the value sent is the posted one after a conflict or while the page is unchanged since the refusal, else the page's", () => {
    fc.assert(
      fc.property(
        fc.nat(50),
        fc.option(fc.nat(50).map(String), { nil: undefined }),
        fc.boolean(),
        fc.nat(50),
        (page, posted, conflict, atRefusal) => {
          const sent = hiddenFieldValue(page, posted, conflict, atRefusal);
          if (posted !== undefined && (conflict || page === atRefusal)) expect(sent).toBe(posted);
          else expect(sent).toBe(page);
        },
      ),
    );
  });
});
