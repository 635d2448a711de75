"use client";
// Pages that show the other department's records must never be shown again from a cache after the
// consent was revoked (issue 9 "Enforcement", docs/decisions/0010). The server sends them with
// Cache-Control: no-store (proxy.ts), so the browser's HTTP cache never keeps them. Two client-side
// caches remain, and this component (rendered on those pages) empties both:
// - Next's router keeps the page's payload for Back/Forward ("back/forward navigation restores from
//   the cache regardless of staleTimes"). Leaving the page refreshes the router, which evicts that
//   cache, so Back asks the server again — and gets a 404 once the consent is gone.
// - The browser's back/forward cache (bfcache) may keep the whole document. On `pagehide` into it
//   the page blanks its content, and on `pageshow` from it the page reloads from the server.
import { useEffect } from "react";
import { useRouter } from "next/navigation";

export function NoClientCache() {
  const router = useRouter();
  useEffect(() => {
    const onPageHide = (e: PageTransitionEvent) => {
      if (e.persisted) document.body.style.visibility = "hidden";
    };
    const onPageShow = (e: PageTransitionEvent) => {
      if (e.persisted) window.location.reload();
    };
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("pageshow", onPageShow);
      // Runs when the client router leaves the page: evict the router's back/forward cache.
      router.refresh();
    };
  }, [router]);
  return null;
}
