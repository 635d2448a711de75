"use client";
import type { ReactNode } from "react";
import { IntlProvider, type AbstractIntlMessages, type IntlError } from "use-intl";
import type { Locale } from "@/lib/i18n/messages";
import { DANISH_TIME_ZONE } from "@/lib/time-zone";

/**
 * A translation error (e.g. MISSING_MESSAGE: a key outside the page's subset, ADR 0026) is logged as
 * "[i18n] CODE: …" on the server and in the browser; the text falls back to the key itself. The e2e
 * support (tests/e2e/support/i18n.ts) fails a journey on either.
 */
function onError(error: IntlError) {
  console.error(`[i18n] ${error.message}`);
}

/** The use-intl provider of the root layout (layout subset) and of each page (<PageMessages>). */
export function IntlClientProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: AbstractIntlMessages;
  children: ReactNode;
}) {
  return (
    <IntlProvider locale={locale} messages={messages} timeZone={DANISH_TIME_ZONE} onError={onError}>
      {children}
    </IntlProvider>
  );
}
