// One current message per page (walk9 item 3): a form's submission tells the page's other forms to
// hide their earlier success messages, and forgets the messages kept for <Flash>.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flashEntry, setFlash } from "@/components/forms/flash-store";
import { announceSubmission, onOtherSubmission } from "@/components/forms/form-submission";

beforeEach(() => {
  (globalThis as { window?: unknown }).window = Object.assign(new EventTarget(), { location: { pathname: "/cases/c1" } });
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe("announceSubmission", () => {
  it("reaches the other forms' listeners, not the submitting form's own, and forgets the kept messages", () => {
    const a = {} as HTMLFormElement;
    const b = {} as HTMLFormElement;
    const ofA = vi.fn();
    const ofB = vi.fn();
    const offA = onOtherSubmission(() => a, ofA);
    const offB = onOtherSubmission(() => b, ofB);
    setFlash("rtw", "rtw.plan.created");
    setFlash("case", "cases.openCase.opened", "/cases/*");

    announceSubmission(a);
    expect(ofA).not.toHaveBeenCalled();
    expect(ofB).toHaveBeenCalledTimes(1);
    expect(flashEntry("rtw")).toBeUndefined();
    expect(flashEntry("case")).toBeUndefined();

    offB();
    announceSubmission(b);
    expect(ofA).toHaveBeenCalledTimes(1);
    expect(ofB).toHaveBeenCalledTimes(1);
    offA();
  });
});
