"use client";
// A confirmation step before a weighty submission (revoking a consent, disabling a user, starting or
// closing a study): the form's first button only opens a native disclosure (<details>) that says
// what will happen, and holds the real submit button and "Fortryd". It sits inside the form, so
// the form keeps its server action and works without JavaScript (the disclosure opens natively,
// the real button posts the form; "Fortryd" is then a link that reloads the page unchanged).
// Keyboard: Enter/Space on the summary opens and closes it; Escape or "Fortryd" closes it and
// puts the focus back on the summary. Enter in a text field of the form does not skip the step:
// the form's default button is a disabled one (HTML: implicit submission then does nothing).
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useTranslations } from "use-intl";
import { Button, buttonClass } from "./Button";

export function ConfirmSubmit({
  id,
  label,
  consequence,
  confirm,
  pending,
  done = false,
  tone = "danger",
  onConfirm,
  name,
  value,
  children,
}: {
  /** A page-unique id; the parts get "<id>-summary", "<id>-consequence" and "<id>-confirm". */
  id: string;
  /** The first button (the disclosure's summary), e.g. "Deaktivér bruger". */
  label: ReactNode;
  /** What happens, in plain words, stated before the real button. */
  consequence: ReactNode;
  /** The real submit button, e.g. "Ja, deaktivér brugeren". */
  confirm: ReactNode;
  /** The form is being judged or sent (the real button is disabled meanwhile). */
  pending: boolean;
  /** The action succeeded (the form's success message is shown): the step closes. */
  done?: boolean;
  /** "danger" for destructive actions, "primary" for weighty but wanted ones (starting a study). */
  tone?: "danger" | "primary";
  /** Runs when the real button is pressed, before the form is submitted (e.g. to note which action it is). */
  onConfirm?: () => void;
  /**
   * The real button's name and value, posted with the form when it is pressed (without JavaScript the
   * browser sends the pressed button's value: one form, several actions; see ReferralActions).
   */
  name?: string;
  value?: string;
  /** Fields that belong to the step (e.g. an optional reason), shown after the consequence. */
  children?: ReactNode;
}) {
  const t = useTranslations();
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  // The step closes once the action is done; a refusal (client or server) leaves it open, with the
  // focus on the error (useActionForm), so the user fixes the input and confirms again.
  useEffect(() => {
    if (done && details.current) details.current.open = false;
  }, [done]);

  function close() {
    if (!details.current) return;
    details.current.open = false;
    summary.current?.focus();
  }
  function onKeyDown(e: KeyboardEvent<HTMLDetailsElement>) {
    if (e.key !== "Escape" || !details.current?.open) return;
    e.preventDefault();
    e.stopPropagation();
    close();
  }

  const summaryClass =
    tone === "danger" ? "border border-red-700 bg-white text-red-800 hover:bg-red-50" : "bg-brand-700 text-white hover:bg-brand-800";
  return (
    <>
      <button type="submit" disabled hidden aria-hidden="true" tabIndex={-1} />
      <details ref={details} id={id} className="group" onKeyDown={onKeyDown}>
        <summary
          ref={summary}
          id={`${id}-summary`}
          className={`inline-flex cursor-pointer list-none items-center gap-2 rounded-md px-4 py-2 text-sm font-semibold ${summaryClass}`}
        >
          <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
            ›
          </span>
          {label}
        </summary>
        <div className="mt-3 max-w-2xl rounded-md border-l-4 border-amber-500 bg-amber-50 p-4" data-confirm-panel>
          <p id={`${id}-consequence`} className="mb-3 text-sm text-slate-900">
            {consequence}
          </p>
          {children}
          <div className="flex flex-wrap gap-3">
            <Button
              type="submit"
              id={`${id}-confirm`}
              variant={tone}
              disabled={pending}
              aria-disabled={pending}
              aria-describedby={`${id}-consequence`}
              onClick={onConfirm}
              name={name}
              value={value}
            >
              {confirm}
            </Button>
            {ready ? (
              <Button type="button" variant="secondary" onClick={close}>
                {t("confirm.cancel")}
              </Button>
            ) : (
              <noscript>
                {/* Without JavaScript: reloading the page (a GET) closes the step and sends nothing. */}
                <a href="" className={buttonClass("secondary")}>
                  {t("confirm.cancel")}
                </a>
              </noscript>
            )}
          </div>
        </div>
      </details>
    </>
  );
}
