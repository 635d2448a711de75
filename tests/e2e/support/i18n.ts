// A raw translation key in the UI is a defect (issue 10, ADR 0026): the per-page message subsets must
// carry every key a client component shows. Two checks, both run by expectNoSeriousA11yViolations
// (after every page a journey visits) and armed by loginAs:
//   - the browser console: IntlClientProvider logs every use-intl error as "[i18n] MISSING_MESSAGE: …";
//   - the page's text: no word that is a key path of the catalogue (use-intl's fallback shows the key).
import { expect, type Page } from "@playwright/test";
import { messages } from "../../../lib/i18n/messages";

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

const KEY_LIKE = /\b[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)+\b/g;

function isMessageKey(word: string): boolean {
  return (["da", "en"] as const).some((locale) => {
    let node: unknown = messages[locale];
    for (const part of word.split(".")) {
      if (node === null || typeof node !== "object" || !(part in node)) return false;
      node = (node as Record<string, unknown>)[part];
    }
    return typeof node === "string";
  });
}

/** Raw message keys in a text (words that are a key path with a message in either catalogue). */
export function rawKeysIn(text: string): string[] {
  return [...new Set(text.match(KEY_LIKE) ?? [])].filter(isMessageKey);
}

/** Soft-fails when the page shows a raw key or the console reported a translation error so far. */
export async function expectNoMissingMessages(page: Page): Promise<void> {
  watchTranslations(page);
  const text = await page.evaluate(() => `${document.title}\n${document.body.innerText}`);
  expect.soft(rawKeysIn(text), `raw translation keys shown on ${page.url()}`).toEqual([]);
  const errors = seen.get(page)!;
  expect.soft([...errors], "translation errors in the browser console").toEqual([]);
  errors.length = 0;
}
