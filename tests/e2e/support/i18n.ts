// A raw translation key in the UI is a defect (issue 10, ADR 0026): the per-page message subsets must
// carry every key a client component shows. Two checks, both run by expectNoSeriousA11yViolations
// (after every page a journey visits) and armed by loginAs:
//   - the browser console: IntlClientProvider logs every use-intl error as "[i18n] MISSING_MESSAGE: …";
//   - the page's text: no word that is a key path of the catalogue (use-intl's fallback shows the key).
import { expect, type Page } from "@playwright/test";
import { rawKeysIn } from "./raw-keys";

const seen = new WeakMap<Page, string[]>();

/** Starts collecting the page's "[i18n] …" console errors (once per page; later calls do nothing). */
export function watchTranslations(page: Page): void {
  if (seen.has(page)) return;
  const errors: string[] = [];
  seen.set(page, errors);
  page.on("console", (msg) => {
    if (msg.type() === "error" && /\[i18n\]|MISSING_MESSAGE/.test(msg.text())) errors.push(`${page.url()}: ${msg.text()}`);
  });
}

/** Soft-fails when the page shows a raw key or the console reported a translation error so far. */
export async function expectNoMissingMessages(page: Page): Promise<void> {
  watchTranslations(page);
  // All text, also what is not shown right now (closed <details>, <option>s, dialogs), and the
  // attributes that carry text; not <script> (the RSC payload may hold keys a client translates).
  const text = await page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const e of body.querySelectorAll("script, style, template")) e.remove();
    const attributes = [...body.querySelectorAll("[aria-label], [title], [placeholder], [alt]")].flatMap((e) =>
      ["aria-label", "title", "placeholder", "alt"].map((a) => e.getAttribute(a) ?? ""),
    );
    // One text node per line: a key right after other text is still a word of its own.
    const texts: string[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) texts.push(walker.currentNode.nodeValue ?? "");
    return [document.title, ...texts, ...attributes].join("\n");
  });
  expect.soft(rawKeysIn(text), `raw translation keys shown on ${page.url()}`).toEqual([]);
  const errors = seen.get(page)!;
  expect.soft([...errors], "translation errors in the browser console").toEqual([]);
  errors.length = 0;
}
