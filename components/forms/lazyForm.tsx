"use client";
// Forms load their code when a form is wanted (ADR 0030). A page that is only read (most visits to
// a case page) downloads no form code; the first section opened, the first focus in a form, a lazy
// form shown open (scrolled into view) or a draft kept for the page loads every lazy form at once.
// - On the server the form renders as before (loaded with the module; never suspends, so the HTML
//   is drawn in place: without JavaScript the forms work as they did).
// - In the browser, a form drawn by the server stays as the server drew it (static HTML, not
//   hydrated) until the forms are wanted; then the browser draws it. Before the page's own script
//   runs (hydration), a submission of that HTML is posted by the browser to its server action
//   (React's progressive enhancement). After hydration a submission of the static HTML is held
//   until the form's code is there and then made again by the drawn form (the browser-side checks
//   come first); if the code cannot load (offline, or old chunk names after a redeploy), the held
//   submission is posted by the browser after all (review6 item 3), and a later one tries again.
// - A server's HTML that shows a refusal (a post made before the page's scripts ran was refused; it
//   holds the values sent and the errors, ADR 0033) stays until it is submitted again, also when the
//   code is there; then the form is drawn, every field that differs from the drawn form's default is
//   carried over, and the drawn form makes the submission (fix10 item 2). The hidden values of that HTML
//   (the version sent, which the carried text is based on) are carried too (CarriedHiddenValues): the
//   drawn form would otherwise send the page's current version with the stale text, and a record saved
//   by someone else in between (a conflict) would be overwritten (fix14 item 1).
// - A form the browser draws (DeferredContent, ADR 0029) appears once its code is there.
import { useEffect, useRef, useState, type ComponentType } from "react";
import { hasDraftOnThisPage } from "./useDraft";
import { CarriedHiddenValues } from "./HiddenFields";
import { carriedHiddenValues, NOTHING_CARRIED } from "./carried-hidden";

/** A field joined to a form by its `form` attribute, drawn outside it (the RTW week's note; fix8 item 2). */
const inForm = (el: Element) => !!(el as Partial<HTMLInputElement>).form;

let wanted: Promise<void> | undefined;
let release: () => void = () => undefined;

/**
 * Resolves when the page's forms are wanted: a <details> opened, a focus in a form or a section's
 * summary, or input in a form (listened to here), or `release()` by a lazy form that is shown (below).
 */
function formsWanted(): Promise<void> {
  wanted ??= new Promise<void>((resolve) => {
    const kinds = ["toggle", "focusin", "input", "change"] as const;
    const done = () => {
      for (const k of kinds) document.removeEventListener(k, on, true);
      resolve();
    };
    const on = (e: Event) => {
      if (e.type === "toggle") {
        if (e.target instanceof HTMLDetailsElement && e.target.open) done();
      } else if (e.target instanceof Element && (e.target.closest(e.type === "focusin" ? "form, summary" : "form") || inForm(e.target)))
        done();
    };
    release = done;
    for (const k of kinds) document.addEventListener(k, on, true);
  });
  return wanted;
}

/** A field changed before the code came: by id, or (choices drawn without ids) by name and value. */
type Carried = { id: string; value?: string; checked?: boolean } | { name: string; choice: string; checked: boolean };

/**
 * Whether the server's HTML of a form shows a refusal: a post made before the page's scripts ran was
 * refused, and the HTML holds what was sent and the errors (ADR 0033), which the drawn form (with the
 * page's own defaults and no errors) would not.
 */
const showsRefusal = (box: HTMLElement | null) => !!box?.querySelector('[aria-invalid="true"], [role="alert"][data-form-message]');

/** The field of the drawn form (in `drawn`) that stands for `el` of the server's HTML: by id, else by name and value. */
function twinOf(el: HTMLElement, drawn: HTMLElement): HTMLElement | null {
  if (el.id) return drawn.querySelector(`#${CSS.escape(el.id)}`);
  const { name, value } = el as HTMLInputElement;
  return name ? drawn.querySelector(`input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`) : null;
}

/**
 * What the user changed in the server's HTML of a form before its code came: text, selections and
 * ticks by field id; checkboxes and radios without an id (ChoiceGroup's) by name and value
 * (review6 item 4). A radio is carried only when chosen (choosing it unchooses the others).
 * With `drawn` (the drawn form), a field counts as changed when it differs from the drawn form's
 * default rather than from the server HTML's own: after a refused post the server's HTML holds what
 * was sent, which the drawn form does not (fix10 item 2).
 */
function changedFields(box: HTMLElement | null, drawn: HTMLElement | null = null): Carried[] {
  const out: Carried[] = [];
  for (const el of box?.querySelectorAll<HTMLElement>("input, textarea, select") ?? []) {
    const twin = drawn ? twinOf(el, drawn) : el;
    if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
      const initial = twin instanceof HTMLInputElement ? twin.defaultChecked : el.defaultChecked;
      if (el.checked === initial || (el.type === "radio" && !el.checked)) continue;
      if (el.id) out.push({ id: el.id, checked: el.checked });
      else if (el.name) out.push({ name: el.name, choice: el.value, checked: el.checked });
    } else if (!el.id) continue;
    else if (el instanceof HTMLSelectElement) {
      const base = twin instanceof HTMLSelectElement ? twin : el;
      const initial = [...base.options].find((o) => o.defaultSelected)?.value ?? base.options[0]?.value;
      if (el.value !== initial) out.push({ id: el.id, value: el.value });
    } else if ((el instanceof HTMLInputElement && el.type !== "hidden") || el instanceof HTMLTextAreaElement) {
      const initial = twin instanceof HTMLInputElement || twin instanceof HTMLTextAreaElement ? twin.defaultValue : el.defaultValue;
      if (el.value !== initial) out.push({ id: el.id, value: el.value });
    }
  }
  return out;
}

/** Puts `changed` into the drawn form (in `box`), as the user's own input (React and useDraft see the events). */
function restoreFields(box: HTMLElement | null, changed: Carried[]) {
  for (const c of changed) {
    const el =
      "id" in c
        ? document.getElementById(c.id)
        : box?.querySelector(`input[name="${CSS.escape(c.name)}"][value="${CSS.escape(c.choice)}"]`);
    if (c.checked !== undefined && el instanceof HTMLInputElement) {
      if (el.checked !== c.checked) el.click();
    } else if (
      "value" in c &&
      c.value !== undefined &&
      (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)
    ) {
      // The prototype's setter, so that React's value tracking sees the change event as new input.
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), "value")?.set?.call(el, c.value);
      el.dispatchEvent(new Event("input", { bubbles: true }));
      el.dispatchEvent(new Event("change", { bubbles: true }));
    }
  }
}

/**
 * A form component whose code loads when the page's forms are wanted (see above). `load` imports
 * the form's module (a dynamic import, so that the bundler splits it off); `serverComponent` is the
 * same component for the server, given as
 * `typeof window === "undefined" ? require("./Forms").TheForm : undefined` (the browser build
 * drops the branch). Props pass through. The form sits in a `display: contents` wrapper: until its
 * code is there the wrapper keeps the server's HTML as it is (React does not hydrate inside an
 * element with `dangerouslySetInnerHTML`); then the form is drawn in a new wrapper, and what was
 * typed, chosen or ticked meanwhile and the focus are carried over (by field id; choices by name and value). A
 * submission of the server's HTML in that moment is held and made again by the drawn form (so the browser-side checks
 * still come first); if the code fails to load, the held submission is posted by the browser to the form's server
 * action (the no-JavaScript path) and the failed load is forgotten, so that a later attempt loads again.
 */
export function lazyForm<P extends object>(load: () => Promise<ComponentType<P>>, serverComponent: ComponentType<P> | undefined) {
  let loaded: ComponentType<P> | undefined = serverComponent;
  let loading: Promise<ComponentType<P>> | undefined;
  const code = () =>
    (loading ??= formsWanted()
      .then(load)
      .then(
        (c) => (loaded = c),
        (e: unknown) => {
          // A failed import (network, a chunk gone after a redeploy) is forgotten: the next attempt loads again.
          loading = undefined;
          throw e;
        },
      ));

  function LazyForm(props: P) {
    const [Form, setForm] = useState<ComponentType<P> | undefined>(() => loaded);
    // The hidden values carried over from the server's HTML of a refusal (null: not yet looked at).
    const [hidden, setHidden] = useState<ReadonlyMap<string, string> | null>(null);
    const box = useRef<HTMLDivElement>(null);
    const drawnBox = useRef<HTMLDivElement>(null);
    // The server's HTML the user may still type into until the drawn form replaces it: its fields are read when the
    // drawn form is there (a removed element keeps its values), so that input in that last moment is carried too.
    const carried = useRef<{ focused: string | null; from: HTMLElement | null; refused: boolean }>({
      focused: null,
      from: null,
      refused: false,
    });
    // A submission of the server's HTML before the code came: made again once the form is drawn.
    const resubmit = useRef<{ id: string; name: string; value: string; form: HTMLFormElement | null; by: HTMLButtonElement | null } | null>(
      null,
    );
    useEffect(() => {
      if (Form) {
        const { focused, from, refused } = carried.current;
        if (refused && hidden === null) {
          // First the hidden values, so that the text carried below and a held submission go with them.
          setHidden(carriedHiddenValues(from, drawnBox.current));
          return;
        }
        restoreFields(drawnBox.current, changedFields(from, refused ? drawnBox.current : null));
        if (focused) document.getElementById(focused)?.focus();
        carried.current = { focused: null, from: null, refused: false };
        const again = resubmit.current;
        resubmit.current = null;
        const form = again ? drawnBox.current?.querySelector("form") : null;
        if (again && form) {
          const buttons = [...form.querySelectorAll<HTMLButtonElement>('button:not([type="button"]):not([type="reset"])')];
          form.requestSubmit(
            buttons.find((b) => (again.id && b.id === again.id) || (b.name === again.name && b.value === again.value)) ?? buttons[0],
          );
        }
        return;
      }
      let live = true;
      let attempted: Promise<ComponentType<P>> | undefined;
      // The code, loaded while the server's HTML shows a refusal: that HTML (the values sent, the errors) stays
      // until it is submitted again; then the form is drawn with what it shows and makes the submission.
      let waiting: ComponentType<P> | undefined;
      const draw = (c: ComponentType<P>) => {
        const active = document.activeElement;
        const from = box.current;
        const focused = active instanceof HTMLElement && from?.contains(active) ? active.id || null : null;
        carried.current = { focused, from, refused: showsRefusal(from) };
        // The focus may still move within the server's HTML before the drawn form replaces it.
        from?.addEventListener("focusin", (e) => {
          if (carried.current.from === from && e.target instanceof HTMLElement) carried.current.focused = e.target.id || null;
        });
        setForm(() => c);
      };
      // Loads the code (again, after a failure); a submission held meanwhile is posted by the browser if it fails.
      const attempt = () => {
        const p = code();
        if (p === attempted) return;
        attempted = p;
        p.then(
          (c) => {
            if (!live) return;
            if (showsRefusal(box.current) && !resubmit.current) waiting = c;
            else draw(c);
          },
          () => {
            const held = resubmit.current;
            resubmit.current = null;
            if (!live || !held?.form) return;
            postNatively(held.form, held.by);
          },
        );
      };
      // Wanted at once: a draft is kept for the page (useDraft restores it when the form mounts), or
      // the form is not in a closed section and was not drawn by the server (a client-side
      // navigation: there is nothing to show until the code is there). A server-drawn form that is
      // not in a closed section is wanted when it is scrolled into view.
      const el = box.current;
      let seen: IntersectionObserver | null = null;
      const onSubmit = (e: SubmitEvent) => {
        e.preventDefault();
        const by = e.submitter instanceof HTMLButtonElement ? e.submitter : null;
        const form = e.target instanceof HTMLFormElement ? e.target : null;
        resubmit.current = { id: by?.id ?? "", name: by?.name ?? "", value: by?.value ?? "", form, by };
        release();
        if (waiting) draw(waiting);
        else attempt();
      };
      // The form's code did not come: the browser posts the static form to its server action (as without JavaScript).
      const postNatively = (form: HTMLFormElement, by: HTMLButtonElement | null) => {
        el?.removeEventListener("submit", onSubmit, true);
        if (by && by.form === form) form.requestSubmit(by);
        else form.requestSubmit();
      };
      el?.addEventListener("submit", onSubmit, true);
      attempt();
      if (hasDraftOnThisPage()) release();
      else if (el && !el.closest("details:not([open])")) {
        const drawn = el.firstElementChild;
        if (!drawn) release();
        else {
          seen = new IntersectionObserver((entries) => {
            if (entries.some((e) => e.isIntersecting)) release();
          });
          seen.observe(drawn);
        }
      }
      return () => {
        live = false;
        seen?.disconnect();
        el?.removeEventListener("submit", onSubmit, true);
      };
    }, [Form, hidden]);
    return Form ? (
      <div key="form" ref={drawnBox} className="contents">
        <CarriedHiddenValues value={hidden ?? NOTHING_CARRIED}>
          <Form {...props} />
        </CarriedHiddenValues>
      </div>
    ) : (
      <div key="static" ref={box} className="contents" dangerouslySetInnerHTML={{ __html: "" }} suppressHydrationWarning />
    );
  }
  return LazyForm;
}
