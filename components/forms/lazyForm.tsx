"use client";
// Forms in closed sections load their code when a form is wanted (ADR 0030). A page that is only
// read (most visits to a case page) downloads no form code; the first section opened, the first
// focus in a form or a draft kept for the page loads every lazy form of the page at once.
// - On the server the form renders as before (loaded with the module; never suspends, so the HTML
//   is drawn in place: without JavaScript the forms work as they did).
// - In the browser, a form drawn by the server stays as the server drew it (static HTML, not
//   hydrated) until the forms are wanted; then the browser draws it. A form posted before that is
//   posted by the browser to its server action (React's progressive enhancement).
// - A form the browser draws (DeferredContent, ADR 0029) appears once its code is there.
import { useEffect, useRef, useState, type ComponentType } from "react";
import { hasDraftOnThisPage } from "./useDraft";

let wanted: Promise<void> | undefined;

/** Resolves when the page's forms are wanted: a <details> opened, a focus in a form or a section, or a draft kept. */
function formsWanted(): Promise<void> {
  wanted ??= new Promise<void>((resolve) => {
    const openedNow = () => !!document.querySelector("details[open] form") || hasDraftOnThisPage();
    if (openedNow()) return resolve();
    const done = () => {
      document.removeEventListener("toggle", onToggle, true);
      document.removeEventListener("focusin", onFocus, true);
      resolve();
    };
    const onToggle = (e: Event) => {
      if (e.target instanceof HTMLDetailsElement && e.target.open) done();
    };
    const onFocus = (e: FocusEvent) => {
      if (e.target instanceof Element && e.target.closest("form, summary")) done();
    };
    document.addEventListener("toggle", onToggle, true);
    document.addEventListener("focusin", onFocus, true);
  });
  return wanted;
}

/**
 * A form component whose code loads when the page's forms are wanted (see above). `load` imports
 * the form's module (a dynamic import, so that the bundler splits it off); `serverComponent` is the
 * same component for the server, given as
 * `typeof window === "undefined" ? require("./Forms").TheForm : undefined` (the browser build
 * drops the branch). Props pass through. The form sits in a `display: contents` wrapper: until its
 * code is there the wrapper keeps the server's HTML as it is (React does not hydrate inside an
 * element with `dangerouslySetInnerHTML`); then the form is drawn in a new wrapper, and a field
 * that had the focus gets it back.
 */
export function lazyForm<P extends object>(load: () => Promise<ComponentType<P>>, serverComponent: ComponentType<P> | undefined) {
  let loaded: ComponentType<P> | undefined = serverComponent;
  let loading: Promise<ComponentType<P>> | undefined;
  const code = () =>
    (loading ??= formsWanted()
      .then(load)
      .then((c) => (loaded = c)));

  function LazyForm(props: P) {
    const [Form, setForm] = useState<ComponentType<P> | undefined>(() => loaded);
    const box = useRef<HTMLDivElement>(null);
    const focused = useRef<string | null>(null);
    useEffect(() => {
      if (Form) {
        if (focused.current) document.getElementById(focused.current)?.focus();
        focused.current = null;
        return;
      }
      let live = true;
      void code().then((c) => {
        if (!live) return;
        const active = document.activeElement;
        focused.current = active instanceof HTMLElement && box.current?.contains(active) ? active.id || null : null;
        setForm(() => c);
      });
      return () => {
        live = false;
      };
    }, [Form]);
    return Form ? (
      <div key="form" className="contents">
        <Form {...props} />
      </div>
    ) : (
      <div key="static" ref={box} className="contents" dangerouslySetInnerHTML={{ __html: "" }} suppressHydrationWarning />
    );
  }
  return LazyForm;
}
