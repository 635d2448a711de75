// The admin's one-time set-password link says when it expires as dd.mm.yyyy HH:mm in Danish time
// (lib/format), not in the browser's US style "12/1/26, 8:51 PM" (walk6, shot 64).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { IntlProvider } from "use-intl";
import { describe, expect, it } from "vitest";
import { LinkPanel } from "@/app/(app)/admin/_components/LinkPanel";
import { messages } from "@/lib/i18n/messages";

const render = (locale: "da" | "en") =>
  renderToStaticMarkup(
    createElement(IntlProvider, {
      locale,
      messages: messages[locale],
      timeZone: "Europe/Copenhagen",
      children: createElement(LinkPanel, { link: { url: "https://x/setup/abc", expiresAt: new Date("2026-12-01T19:51:00Z") } }),
    }),
  );

describe("set-password link expiry", () => {
  it("is shown as dd.mm.yyyy HH:mm (Danish time) in Danish and dd/mm/yyyy, HH:mm in English", () => {
    expect(render("da")).toMatch(/01\.12\.2026,? (kl\. )?20[.:]51/);
    const en = render("en");
    expect(en).toContain("01/12/2026, 20:51");
    expect(en).not.toMatch(/PM|12\/1\/26/);
  });
});
