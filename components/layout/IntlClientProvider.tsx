"use client";
import type { ReactNode } from "react";
import { IntlProvider, type AbstractIntlMessages } from "use-intl";
import type { Locale } from "@/lib/i18n/messages";
import { DANISH_TIME_ZONE } from "@/lib/time";

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
    <IntlProvider locale={locale} messages={messages} timeZone={DANISH_TIME_ZONE}>
      {children}
    </IntlProvider>
  );
}
