// The success messages that outlive their form (ADR 0032): what useActionForm's `flash` option keeps
// for <Flash scope> around a call of the server action, and that the action's result or error passes
// through unchanged.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  clearFlash,
  FLASH_FOCUS_MS,
  flashEntry,
  flashFocusLeft,
  flashMatches,
  sendWithFlash,
  setFlash,
  settleFlashFocus,
} from "@/components/forms/flash-store";
import type { ActionState } from "@/lib/validation/form";

const fd = (fields: Record<string, string> = {}) => {
  const d = new FormData();
  for (const [k, v] of Object.entries(fields)) d.set(k, v);
  return d;
};
const redirectError = () => Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;push;/cases/1;307;" });

beforeEach(() => {
  // The store keeps a result's message for the current page.
  (globalThis as { window?: unknown }).window = { location: { pathname: "/rehab/p1" } };
});
afterEach(() => {
  for (const s of ["goals", "case", "rtw"]) clearFlash(s);
  delete (globalThis as { window?: unknown }).window;
});

describe("sendWithFlash", () => {
  it("keeps a success's message for the scope on the current page and returns the result itself", async () => {
    const ok: ActionState = { ok: true, message: "rehab.goals.achieved" };
    await expect(sendWithFlash({ scope: "goals" }, fd(), async () => ok)).resolves.toBe(ok);
    expect(flashEntry("goals")).toMatchObject({ message: "rehab.goals.achieved", path: "/rehab/p1" });
  });

  it("keeps nothing for a refusal, a success without a message, a submission `when` declines, or no option", async () => {
    await sendWithFlash({ scope: "goals" }, fd(), async () => ({ ok: false, formError: "errors.conflict" }));
    await sendWithFlash({ scope: "goals" }, fd(), async () => ({ ok: true }));
    await sendWithFlash({ scope: "rtw", when: (d) => d.get("status") !== "DRAFT" }, fd({ status: "DRAFT" }), async () => ({
      ok: true,
      message: "rtw.plan.saved",
    }));
    await sendWithFlash(undefined, fd(), async () => ({ ok: true, message: "rtw.plan.saved" }));
    expect(flashEntry("goals")).toBeUndefined();
    expect(flashEntry("rtw")).toBeUndefined();
  });

  it("keeps the message when `when` holds for the submitted data", async () => {
    await sendWithFlash({ scope: "rtw", when: (d) => d.get("status") !== "DRAFT" }, fd({ status: "ACTIVE" }), async () => ({
      ok: true,
      message: "rtw.plan.saved",
    }));
    expect(flashEntry("rtw")?.message).toBe("rtw.plan.saved");
  });

  describe("an action that redirects", () => {
    const flash = { scope: "case", redirect: { message: "cases.openCase.opened", path: "/cases/*" } };

    it("keeps the message before sending, for the pages below the path, and keeps it through the redirect", async () => {
      let during: unknown;
      const e = redirectError();
      await expect(
        sendWithFlash(flash, fd(), async () => {
          during = flashEntry("case");
          throw e;
        }),
      ).rejects.toBe(e);
      expect(during).toMatchObject({ message: "cases.openCase.opened", path: "/cases/*" });
      expect(flashEntry("case")?.message).toBe("cases.openCase.opened");
      // A redirect that resolves without a state keeps it too.
      await sendWithFlash(flash, fd(), async () => undefined as unknown as ActionState);
      expect(flashEntry("case")?.message).toBe("cases.openCase.opened");
    });

    it("forgets it on a refusal or an error that is no redirect, and passes the error on", async () => {
      await sendWithFlash(flash, fd(), async () => ({ ok: false, fieldErrors: { firstAbsenceDay: ["errors.required"] } }));
      expect(flashEntry("case")).toBeUndefined();
      const boom = new Error("network");
      await expect(
        sendWithFlash(flash, fd(), async () => {
          throw boom;
        }),
      ).rejects.toBe(boom);
      expect(flashEntry("case")).toBeUndefined();
    });
  });
});

describe("flashMatches", () => {
  it("matches the page itself, or with '*' the pages one level below the path", () => {
    expect(flashMatches("/rehab/p1", "/rehab/p1")).toBe(true);
    expect(flashMatches("/rehab/p1", "/rehab/p2")).toBe(false);
    expect(flashMatches("/cases/*", "/cases/abc")).toBe(true);
    expect(flashMatches("/cases/*", "/cases/abc/rtw")).toBe(false);
    expect(flashMatches("/cases/*", "/citizens/abc")).toBe(false);
  });
});

describe("flashFocusLeft: only a new message takes the focus, once (fix9 item 3)", () => {
  it("a message just kept may take it for FLASH_FOCUS_MS, then no longer", () => {
    setFlash("goals", "rehab.goals.achieved");
    const e = flashEntry("goals")!;
    expect(flashFocusLeft("goals", e.n, e.at)).toBe(FLASH_FOCUS_MS);
    expect(flashFocusLeft("goals", e.n, e.at + 4_000)).toBe(FLASH_FOCUS_MS - 4_000);
    expect(flashFocusLeft("goals", e.n, e.at + FLASH_FOCUS_MS)).toBe(0);
  });

  it("a message that has taken the focus (or waited while the user moved it) never takes it again, e.g. when <Flash> mounts again", () => {
    setFlash("goals", "rehab.goals.achieved");
    const e = flashEntry("goals")!;
    settleFlashFocus(e.n);
    expect(flashFocusLeft("goals", e.n, e.at)).toBe(0);
    // A later save's message is new again.
    setFlash("goals", "rehab.goals.achieved");
    const later = flashEntry("goals")!;
    expect(later.n).not.toBe(e.n);
    expect(flashFocusLeft("goals", later.n, later.at)).toBe(FLASH_FOCUS_MS);
  });

  it("a message no longer kept, or replaced by a newer one, leaves the focus alone", () => {
    setFlash("goals", "rehab.goals.achieved");
    const old = flashEntry("goals")!;
    setFlash("goals", "rehab.goals.achieved");
    expect(flashFocusLeft("goals", old.n, old.at)).toBe(0);
    clearFlash("goals");
    expect(flashFocusLeft("goals", old.n + 1, old.at)).toBe(0);
  });

  it("a redirect's message, kept before the new page's <Flash> mounts, may take it there", async () => {
    const flash = { scope: "case", redirect: { message: "cases.openCase.opened", path: "/cases/*" } };
    await sendWithFlash(flash, fd(), async () => undefined as unknown as ActionState);
    const e = flashEntry("case")!;
    expect(flashFocusLeft("case", e.n, e.at + 500)).toBe(FLASH_FOCUS_MS - 500);
  });
});
