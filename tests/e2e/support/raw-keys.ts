// Raw translation keys in a page's text (ADR 0026): use-intl shows the key path when a message is
// missing from the page's subset. Pure, so that the unit tests can check it too.
import { messages } from "../../../lib/i18n/messages";

const KEY_LIKE = /\b[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)+\b/g;

/** Whether `word` is a key path with a message (a string) in either catalogue. */
export function isMessageKey(word: string): boolean {
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
