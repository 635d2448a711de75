"use client";
import type { ReactNode } from "react";
import { IntlProvider } from "use-intl";
import type { Locale, Messages } from "@/lib/i18n/messages";

export function IntlClientProvider({ locale, messages, children }: { locale: Locale; messages: Messages; children: ReactNode }) {
  return (
    <IntlProvider locale={locale} messages={messages} timeZone="Europe/Copenhagen">
      {children}
    </IntlProvider>
  );
}
