import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getT } from "@/lib/i18n/server";
import { layoutMessages } from "@/lib/i18n/client-messages";
import { IntlClientProvider } from "@/components/layout/IntlClientProvider";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: { default: t("common.appName"), template: `%s · ${t("common.appName")}` }, description: t("common.tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <IntlClientProvider locale={locale} messages={layoutMessages(locale)}>
          {children}
        </IntlClientProvider>
      </body>
    </html>
  );
}
