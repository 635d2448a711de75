"use client";
// Content that the browser draws once the page is interactive, not the server (issue 10, ADR 0029):
// closed sections that hold forms nobody sees until the section is opened — the case page's (up to four
// per follow-up, about 8 KB of HTML each, and the case's actions) and the rehab plan's corrections of
// goals, exercises and notes (DeferredDetails). Before hydration, and always without JavaScript, the
// section shows `fallback` instead (a link to the page with every form drawn by the server). The forms'
// props travel in the page's React payload either way, so drawing them here costs no request. A draft
// kept in the tab (useDraft) is restored when its form mounts, as before.
import { useEffect, useState, type ReactNode } from "react";

export function DeferredContent({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const [ready, setReady] = useState(false);
  // After hydration: the server's HTML and the browser's first render agree (the fallback).
  useEffect(() => setReady(true), []);
  return ready ? children : <noscript>{fallback}</noscript>;
}
