// Server-side translation: the locale comes from the "locale" cookie (Danish by default).
import { cookies } from "next/headers";
import { _createCache, _createIntlFormatters, createTranslator } from "use-intl/core";
import { cache } from "react";
import { forFormatter } from "./compiled";
import { defaultLocale, isLocale, locales, messages, type Locale } from "./messages";

export const LOCALE_COOKIE = "locale";

/**
 * Compiled messages and Intl formatters, shared by every translator of a locale. The catalogues are
 * static, so a message is compiled once per process instead of once per request (a fresh cache per
 * translator made the board dashboard compile its ~20 messages with arguments on every request;
 * ADR 0025). Keys are the message texts and formats, never the values formatted.
 */
const shared = Object.fromEntries(
  locales.map((l) => {
    const _cache = _createCache();
    return [l, { _cache, _formatters: _createIntlFormatters(_cache) }];
  }),
) as Record<Locale, { _cache: ReturnType<typeof _createCache>; _formatters: ReturnType<typeof _createIntlFormatters> }>;

export const getLocale = cache(async (): Promise<Locale> => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : defaultLocale;
});

export async function getT() {
  const locale = await getLocale();
  return createTranslator({ locale, messages: forFormatter(messages[locale]), ...shared[locale] });
}

export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: forFormatter(messages[locale]), ...shared[locale] });
}

export type T = Awaited<ReturnType<typeof getT>>;
