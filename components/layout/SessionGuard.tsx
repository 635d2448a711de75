"use client";
// The signed-in pages' session guard (issue 8 item 2):
// - a couple of minutes before the idle limit the user is warned in an accessible modal dialog and
//   can stay signed in (which touches the server session) or sign out; typed text is kept as a draft;
// - at the idle limit the page is replaced by the login page (no person data stays on screen), which
//   brings the user back here after login;
// - Back/Forward never shows a page from a cache after the session ended: the browser's
//   back/forward cache reloads from the server, and a client-router history step hides the page
//   until the server has confirmed that the session is still alive.
import { useCallback, useEffect, useRef, useState } from "react";
import { usePathname } from "next/navigation";
import { useTranslations } from "use-intl";
import { clearAllDrafts } from "@/components/forms/useDraft";
import { signOutTo } from "./sign-out";
import { SERVER_CONTACT_EVENT } from "@/components/forms/server-contact";
import { buttonClass } from "@/components/ui/Button";

/** Minutes before the idle limit that the warning opens. */
export const WARN_BEFORE_MINUTES = 2;

function loginUrl(): string {
  const back = `${window.location.pathname}${window.location.search}`;
  return `/login?expired=1&callbackUrl=${encodeURIComponent(back)}`;
}

export function SessionGuard({
  idleMinutes,
  keepSessionAliveAction,
}: {
  idleMinutes: number;
  /** The server action that touches the session and says whether it is still alive (app/(app)/actions.ts). */
  keepSessionAliveAction: () => Promise<{ alive: boolean }>;
}) {
  const t = useTranslations();
  const pathname = usePathname();
  const dialog = useRef<HTMLDialogElement>(null);
  const [lastContact, setLastContact] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);

  const restart = useCallback(() => setLastContact(Date.now()), []);

  // Every page shown and every server round trip restarts the idle clock.
  useEffect(restart, [pathname, restart]);
  useEffect(() => {
    window.addEventListener(SERVER_CONTACT_EVENT, restart);
    return () => window.removeEventListener(SERVER_CONTACT_EVENT, restart);
  }, [restart]);

  useEffect(() => {
    // Marks the guard as running (hydrated, idle clock started): tests wait for it before moving a fake clock.
    dialog.current?.setAttribute("data-idle-clock", String(lastContact));
    const warnAt = lastContact + Math.max(0, idleMinutes - WARN_BEFORE_MINUTES) * 60_000;
    const endAt = lastContact + idleMinutes * 60_000;
    const warn = window.setTimeout(() => {
      if (dialog.current && !dialog.current.open) dialog.current.showModal();
    }, warnAt - Date.now());
    const end = window.setTimeout(() => window.location.replace(loginUrl()), endAt - Date.now());
    return () => {
      window.clearTimeout(warn);
      window.clearTimeout(end);
    };
  }, [lastContact, idleMinutes]);

  // Back/Forward: the bfcache reloads from the server; a client-router step is hidden until confirmed.
  useEffect(() => {
    const onPageHide = (e: PageTransitionEvent) => {
      if (e.persisted) document.body.style.visibility = "hidden";
    };
    const onPageShow = (e: PageTransitionEvent) => {
      if (e.persisted) window.location.reload();
    };
    const onPopState = () => {
      document.body.style.visibility = "hidden";
      keepSessionAliveAction()
        .then(({ alive }) => {
          if (alive) document.body.style.visibility = "";
          else window.location.replace(loginUrl());
        })
        .catch(() => window.location.replace(loginUrl()));
    };
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("pageshow", onPageShow);
    window.addEventListener("popstate", onPopState);
    return () => {
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("pageshow", onPageShow);
      window.removeEventListener("popstate", onPopState);
    };
  }, [keepSessionAliveAction]);

  async function stay() {
    setBusy(true);
    try {
      const { alive } = await keepSessionAliveAction();
      if (!alive) {
        window.location.replace(loginUrl());
        return;
      }
      dialog.current?.close();
      restart();
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="idle-warning-title"
      aria-describedby="idle-warning-text"
      className="m-auto max-w-md rounded-lg border border-slate-300 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      onCancel={(e) => {
        // Escape means "stay": closing without deciding must not sign the user out silently.
        e.preventDefault();
        void stay();
      }}
    >
      <h2 id="idle-warning-title" className="mb-2 text-lg font-semibold">
        {t("common.idle.title")}
      </h2>
      <p id="idle-warning-text" className="mb-4">
        {t("common.idle.text", { minutes: WARN_BEFORE_MINUTES })}
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="button" autoFocus disabled={busy} onClick={() => void stay()} className={buttonClass("primary")}>
          {t("common.idle.stay")}
        </button>
        <button
          type="button"
          onClick={() => {
            clearAllDrafts();
            void signOutTo("/login");
          }}
          className={buttonClass("secondary")}
        >
          {t("common.idle.signOut")}
        </button>
      </div>
    </dialog>
  );
}
