// Server-side translation: the locale comes from the "locale" cookie (Danish by default).
import { cookies } from "next/headers";
import { createTranslator } from "use-intl/core";
import { cache } from "react";
import { defaultLocale, isLocale, messages, type Locale } from "./messages";

export const LOCALE_COOKIE = "locale";

export const getLocale = cache(async (): Promise<Locale> => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : defaultLocale;
});

export async function getT() {
  const locale = await getLocale();
  return createTranslator({ locale, messages: messages[locale] });
}

export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale] });
}

export type T = Awaited<ReturnType<typeof getT>>;
