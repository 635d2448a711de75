// The translation messages of one page's client components (issue 10, ADR 0026). Every page.tsx that
// renders something exports `withPageMessages("/its/[route]", Page)` as its default: the page's
// content inside <PageMessages route>, a nested IntlClientProvider with only the keys of the client
// components reachable from that page (lib/i18n/client-keys.json `routes`, `npm run i18n:client-keys`).
// use-intl's nested provider replaces the root provider's messages, so the subset is complete for the
// page; the layouts' client components stay under the root provider (layout subset). The keys travel
// with the page's RSC payload, so a client-side navigation brings the next page's keys with it.
import type { ReactNode } from "react";
import { getLocale } from "@/lib/i18n/server";
import { routeMessages, type ClientRoute } from "@/lib/i18n/client-messages";
import { IntlClientProvider } from "./IntlClientProvider";

/** Provides the messages of `route`'s client components to `children` (nothing when none translates). */
export async function PageMessages({ route, children }: { route: ClientRoute; children: ReactNode }) {
  const locale = await getLocale();
  const messages = routeMessages(locale, route);
  if (!messages) return <>{children}</>;
  return (
    <IntlClientProvider locale={locale} messages={messages}>
      {children}
    </IntlClientProvider>
  );
}

/**
 * A page component whose whole output (every return, early ones included) sits in
 * <PageMessages route={route}>. `route` must be the page's own route pattern, route groups dropped
 * (tests/unit/page-messages.test.ts checks every page.tsx). Props (params, searchParams) pass through.
 */
export function withPageMessages<P extends object>(route: ClientRoute, Page: (props: P) => ReactNode | Promise<ReactNode>) {
  function WithPageMessages(props: P) {
    return (
      <PageMessages route={route}>
        <Page {...props} />
      </PageMessages>
    );
  }
  WithPageMessages.displayName = `withPageMessages(${route})`;
  return WithPageMessages;
}
