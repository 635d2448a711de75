"use client";
// A success message that outlives its form (ADR 0032): `<Flash scope>`, placed on the page where
// it persists, shows the latest message the form hook kept for `scope` (useActionForm's `flash`
// option, components/forms/flash-store.ts).
// The live region (role=status) is always there, empty when there is nothing to say, and is filled
// when a message comes: a status region inserted already filled is not announced by many screen
// readers (fix8 item 1). The save removed the form and with it the focused element, so the focus
// would fall to <body>: the message (tabIndex -1) takes it then, as a form's own message does
// (useActionForm, WCAG 2.4.3); a focus the user has moved elsewhere is left alone. Only a new message
// takes it, once: not one that has taken it or waited for it already, when the <Flash> mounts again
// (a remount, a return to the page; fix9 item 3, flash-store's `flashFocusLeft`).
import { useEffect, useRef, useSyncExternalStore } from "react";
import { usePathname } from "next/navigation";
import { useTranslations } from "use-intl";
import { clearFlash, flashEntry, flashFocusLeft, flashMatches, settleFlashFocus, subscribeFlash } from "./flash-store";

/** The focus is nowhere: on <body>, or on an element the page no longer holds or shows (a closed box). */
const focusLost = () => {
  const a = document.activeElement;
  return !a || a === document.body || !a.isConnected || a.getClientRects().length === 0;
};

/** The latest success message kept for `scope` on this page, in a polite status region. */
export function Flash({ scope }: { scope: string }) {
  const t = useTranslations();
  const path = usePathname();
  const message = useRef<HTMLParagraphElement>(null);
  const entry = useSyncExternalStore(
    subscribeFlash,
    () => flashEntry(scope),
    () => undefined,
  );
  // Leaving the page forgets the message, so that it is not shown again on a later visit (checked
  // after the navigation has changed the address; a remount on the same page keeps it, a message for
  // the pages below a path is shown once).
  useEffect(
    () => () => {
      setTimeout(() => {
        const e = flashEntry(scope);
        if (e && e.path !== window.location.pathname) clearFlash(scope);
      }, 0);
    },
    [scope],
  );
  const shown = entry && flashMatches(entry.path, path) ? entry : undefined;
  const n = shown?.n;
  // A new message takes the focus when the focus is lost: at once, or when the form (with the
  // focused button) leaves the page a moment later, as the refreshed page is drawn.
  useEffect(() => {
    if (n === undefined) return;
    // A message that has had its chance, or came too long ago, leaves the focus alone.
    const left = flashFocusLeft(scope, n);
    if (left === 0) return;
    const take = () => {
      if (!focusLost()) return false;
      message.current?.focus();
      return true;
    };
    if (take()) return settleFlashFocus(n);
    const before = document.activeElement;
    const observer = new MutationObserver(() => {
      if (take() || document.activeElement !== before) {
        settleFlashFocus(n);
        stop();
      }
    });
    const timer = setTimeout(() => stop(), left);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    return stop;
  }, [scope, n]);
  return (
    <div role="status" data-flash={scope}>
      {shown ? (
        <p
          key={shown.n}
          ref={message}
          tabIndex={-1}
          className="mb-4 rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900"
        >
          {t(shown.message as never)}
        </p>
      ) : null}
    </div>
  );
}
