"use client";
// A success message that outlives its form: some saves remove or hide the form that made them (a
// goal marked achieved loses its button, a granted aid leaves the manager's list, a created plan
// replaces the create form, a task marked done leaves "My tasks"), so the form's own FormMessage
// unmounts with it and the user saw nothing (walk6). `withFlash(scope, action)` wraps a form's
// server action and, on success, keeps the action's message for `scope` on the current page;
// `<Flash scope>` placed on the page where it persists shows it as role=status, like FormMessage.
import { useEffect, useSyncExternalStore } from "react";
import { usePathname } from "next/navigation";
import { useTranslations } from "use-intl";
import type { ActionState } from "@/lib/validation/form";

type Entry = { message: string; path: string; n: number };
const entries = new Map<string, Entry>();
const listeners = new Set<() => void>();
let counter = 0;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const notify = () => {
  for (const l of listeners) l();
};

/**
 * Keeps `message` (a translation key) for `scope` on the page `path` (default: the current one); a
 * path ending in "*" matches every page below it (e.g. "/cases/*" for the case a redirect opens).
 */
export function setFlash(scope: string, message: string, path: string = window.location.pathname): void {
  entries.set(scope, { message, path, n: ++counter });
  notify();
}

/** Forgets the message kept for `scope`. */
export function clearFlash(scope: string): void {
  if (entries.delete(scope)) notify();
}

const matches = (pattern: string, path: string) =>
  pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) && !path.slice(pattern.length - 1).includes("/") : pattern === path;

/**
 * The server action `action` that, when it succeeds with a message and `when(formData)` holds
 * (default: always), keeps that message for `<Flash scope>`. The result is returned unchanged.
 */
export function withFlash<A extends (prev: ActionState, fd: FormData) => Promise<ActionState>>(
  scope: string,
  action: A,
  when: (fd: FormData) => boolean = () => true,
): (prev: ActionState, fd: FormData) => Promise<ActionState> {
  return async (prev, fd) => {
    const show = when(fd);
    const r = await action(prev, fd);
    if (r?.ok && r.message && show) setFlash(scope, r.message);
    return r;
  };
}

/** The latest success message kept for `scope` on this page, as a polite status message. */
export function Flash({ scope }: { scope: string }) {
  const t = useTranslations();
  const path = usePathname();
  const entry = useSyncExternalStore(
    subscribe,
    () => entries.get(scope),
    () => undefined,
  );
  // Leaving the page forgets the message, so that it is not shown again on a later visit (checked
  // after the navigation has changed the address; a remount on the same page keeps it).
  useEffect(
    () => () => {
      setTimeout(() => {
        const e = entries.get(scope);
        if (e && e.path !== window.location.pathname) entries.delete(scope);
      }, 0);
    },
    [scope],
  );
  if (!entry || !matches(entry.path, path)) return null;
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
