"use client";
// A success message that outlives its form (ADR 0032): `<Flash scope>`, placed on the page where
// it persists, shows the latest message the form hook kept for `scope` (useActionForm's `flash`
// option, components/forms/flash-store.ts) as role=status, like FormMessage.
import { useEffect, useSyncExternalStore } from "react";
import { usePathname } from "next/navigation";
import { useTranslations } from "use-intl";
import { clearFlash, flashEntry, flashMatches, subscribeFlash } from "./flash-store";

/** The latest success message kept for `scope` on this page, as a polite status message. */
export function Flash({ scope }: { scope: string }) {
  const t = useTranslations();
  const path = usePathname();
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
  if (!entry || !flashMatches(entry.path, path)) return null;
  return (
    <p
      key={entry.n}
      role="status"
      data-flash={scope}
      className="mb-4 rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900"
    >
      {t(entry.message as never)}
    </p>
  );
}
