// Success messages that outlive their form (ADR 0032): some saves remove or hide the form that made
// them (a goal marked achieved loses its button, a granted aid leaves the manager's list, a created
// plan replaces the create form, a task marked done leaves "My tasks"), so the form's own
// FormMessage unmounts with it. The form hook (useActionForm's `flash` option) keeps the message
// here, per scope, and `<Flash scope>` (Flash.tsx) on the page shows it. This module holds only the
// store (no React, no JSX), so that the form hook stays light.
import type { ActionState } from "@/lib/validation/form";

type Entry = { message: string; path: string; n: number; at: number };
const entries = new Map<string, Entry>();
/** The messages (by `n`) that have had their chance at the focus: taken, or the user moved the focus meanwhile. */
const focusSettled = new Set<number>();
const listeners = new Set<() => void>();
let counter = 0;

export function subscribeFlash(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const notify = () => {
  for (const l of listeners) l();
};

/** The message kept for `scope`, if any. */
export function flashEntry(scope: string): Entry | undefined {
  return entries.get(scope);
}

/**
 * Keeps `message` (a translation key) for `scope` on the page `path` (default: the current one); a
 * path ending in "*" matches every page below it (e.g. "/cases/*" for the case a redirect opens).
 */
export function setFlash(scope: string, message: string, path: string = window.location.pathname): void {
  entries.set(scope, { message, path, n: ++counter, at: Date.now() });
  notify();
}

/** How long after a message comes it may take the focus (its form may still be unmounting as the refreshed page is drawn). */
export const FLASH_FOCUS_MS = 10_000;

/**
 * How long the message `n` kept for `scope` may still take the focus, in ms; 0 when it may not: it
 * is no longer kept, it came more than FLASH_FOCUS_MS ago, or it has had its chance already (it took
 * the focus, or the user moved the focus meanwhile: `settleFlashFocus`). So a <Flash> that mounts
 * again (a remount, a return to the page) never moves the focus to a message already shown
 * (fix9 item 3). A redirect's message, kept before the new page's <Flash> mounts, is new there.
 */
export function flashFocusLeft(scope: string, n: number, now: number = Date.now()): number {
  const e = entries.get(scope);
  if (!e || e.n !== n || focusSettled.has(n)) return 0;
  return Math.max(0, e.at + FLASH_FOCUS_MS - now);
}

/** The message `n` took the focus, or the user moved the focus while it waited: it never takes it (again). */
export function settleFlashFocus(n: number): void {
  focusSettled.add(n);
}

/** Forgets the message kept for `scope`. */
export function clearFlash(scope: string): void {
  if (entries.delete(scope)) notify();
}

/** Forgets every kept message: a form on the page was submitted, its outcome is the current message (walk9 item 3). */
export function clearAllFlash(): void {
  if (entries.size === 0) return;
  entries.clear();
  notify();
}

/** The page `path` is one the message kept for `pattern` belongs to. */
export const flashMatches = (pattern: string, path: string) =>
  pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) && !path.slice(pattern.length - 1).includes("/") : pattern === path;

/** What a form's success message outlives (useActionForm's `flash` option). */
export type FlashOption = {
  /** The `<Flash scope>` on the page that shows the message. */
  scope: string;
  /** Only submissions for which this holds (default: all), e.g. only a status change that closes the form. */
  when?: (fd: FormData) => boolean;
  /**
   * The action redirects on success, so its result never comes back: this message (a key) is kept
   * before sending, for the pages `path` (e.g. "/cases/*"), and forgotten again when the action
   * refuses or fails otherwise.
   */
  redirect?: { message: string; path: string };
};

/** Next.js's redirect, thrown (or rejected) by a server action that redirects. */
const isRedirect = (e: unknown) => String((e as { digest?: unknown } | null)?.digest ?? "").startsWith("NEXT_REDIRECT");

/**
 * Calls `send` (the form's server action with its input) and keeps the outcome for `flash`: a
 * success's message for the current page, or (`flash.redirect`) the redirect's message beforehand,
 * forgotten on a refusal or an error that is no redirect. The action's result (or error) is passed
 * on unchanged; the action itself is not wrapped.
 */
export async function sendWithFlash(flash: FlashOption | undefined, fd: FormData, send: () => Promise<ActionState>): Promise<ActionState> {
  const show = !!flash && (flash.when?.(fd) ?? true);
  const early = show ? flash.redirect : undefined;
  if (show && early) setFlash(flash.scope, early.message, early.path);
  let r: ActionState;
  try {
    r = await send();
  } catch (e) {
    if (early && !isRedirect(e)) clearFlash(flash!.scope);
    throw e;
  }
  if (show && early && r && !r.ok) clearFlash(flash.scope);
  else if (show && !early && r?.ok && r.message) setFlash(flash.scope, r.message);
  return r;
}
