// All UI text, per language and area. Areas live in separate files so that work on one area
// does not touch another; the English files are typed against the Danish ones, so a missing
// key fails the type check.
import * as da from "./da";
import * as en from "./en";

export const locales = ["da", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "da";

const daMessages = { ...da };
const enMessages: typeof daMessages = { ...en };

export type Messages = typeof daMessages;
export const messages: Record<Locale, Messages> = { da: daMessages, en: enMessages };

export function isLocale(v: unknown): v is Locale {
  return typeof v === "string" && (locales as readonly string[]).includes(v);
}
