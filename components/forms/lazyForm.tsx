"use client";
// Forms in closed sections load their code when a form is wanted (ADR 0030). A page that is only
// read (most visits to a case page) downloads no form code; the first section opened, the first
// focus in a form or a draft kept for the page loads every lazy form of the page at once.
// - On the server the form renders as before (loaded with the module; never suspends, so the HTML
//   is drawn in place: without JavaScript the forms work as they did).
// - In the browser, a form drawn by the server stays as the server drew it (React leaves the
//   section's HTML dehydrated) until the forms are wanted; then it hydrates. A form posted before
//   that is posted by the browser to its server action (React's progressive enhancement).
// - A form the browser draws (DeferredContent, ADR 0029) appears once its code is there.
import { Suspense, use, type ComponentType } from "react";
import { hasDraftOnThisPage } from "./useDraft";

type Tracked<T> = Promise<T> & { status?: "fulfilled"; value?: T };

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
 * drops the branch). Props pass through.
 */
export function lazyForm<P extends object>(load: () => Promise<ComponentType<P>>, serverComponent: ComponentType<P> | undefined) {
  let loading: Tracked<ComponentType<P>> | undefined;
  const code = (): Tracked<ComponentType<P>> => {
    if (!loading) {
      const p: Tracked<ComponentType<P>> = formsWanted().then(load);
      p.then((c) => {
        p.status = "fulfilled";
        p.value = c;
      });
      loading = p;
    }
    return loading;
  };
  function Loaded(props: P) {
    const Form = use(code() as Promise<ComponentType<P>>);
    return <Form {...props} />;
  }
  // The same Suspense boundary on both sides: the server's HTML carries its markers, so the browser
  // can leave the section dehydrated while `Loaded` waits.
  function LazyForm(props: P) {
    const Form = serverComponent;
    return <Suspense fallback={null}>{Form ? <Form {...props} /> : <Loaded {...props} />}</Suspense>;
  }
  return LazyForm;
}
