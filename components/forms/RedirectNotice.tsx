"use client";
// The message of a save that redirected to another page with a query parameter (`?created=1` after "Opret
// borger" or "Opret forløb", `?voided=1` after a case is voided): the server draws it (also without JavaScript).
// A message about a past save must not repeat (fix13 item 3), so once shown the parameter leaves the URL
// (history.replaceState, which Next's router follows): a reload draws the page without it, and back/forward to
// this entry (which Next may restore from its cache, message and all) finds no parameter and hides it.
// While the user stays on the page it stays: a refresh in place (a language switch, another form's save) redraws
// the page without the parameter, and the message, remembered in this document, is drawn in the new language.
import { useLayoutEffect, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/Alert";

/** Pages (`path?param`) whose message has been shown in this document, until the user leaves them. */
const shown = new Set<string>();
let watchingHistory = false;

function remember(key: string) {
  shown.add(key);
  if (watchingHistory) return;
  watchingHistory = true;
  // Back or forward: whatever page comes, it is not the arrival after the save.
  window.addEventListener("popstate", () => shown.clear());
}

/**
 * A success message for the save that led here, shown when the page came with `param` (`present`) and not again
 * after a reload or a back/forward visit. `children` is the message, in the page's language.
 */
export function RedirectNotice({ param, present, children }: { param: string; present: boolean; children: ReactNode }) {
  const [visible, setVisible] = useState(present);
  useLayoutEffect(() => {
    const url = new URL(window.location.href);
    const key = `${url.pathname}?${param}`;
    if (url.searchParams.has(param)) {
      remember(key);
      url.searchParams.delete(param);
      window.history.replaceState(null, "", url.pathname + url.search + url.hash);
      setVisible(true);
    } else setVisible(shown.has(key));
    // Left for another page (a link, a redirect): forgotten. A redraw of this page keeps it (same path).
    return () => {
      setTimeout(() => {
        if (window.location.pathname !== url.pathname) shown.delete(key);
      }, 0);
    };
  }, [param]);
  return visible ? <Alert tone="success">{children}</Alert> : null;
}
