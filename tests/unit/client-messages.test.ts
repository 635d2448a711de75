// The browser gets only the translation messages its client components use (issue 10, ADR 0020,
// ADR 0026): lib/i18n/client-keys.json must be what the scan of the sources gives today; every key a
// client component writes must be in the subset of each page (or layout) it is reachable from, in
// both languages; and a page does not get the keys of unrelated pages.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import CLIENT_KEYS from "@/lib/i18n/client-keys.json";
import { layoutMessages, pickMessages, routeMessages, type ClientRoute } from "@/lib/i18n/client-messages";
import { lookup, minimisePaths, scanClientSource, scanKeysHandedOn, scanServerSource } from "@/lib/i18n/scan-client-keys";
import { rawKeysIn } from "../e2e/support/raw-keys";
import { importSpecifiers, pageFiles, resolveImport, routeOfPage, scanRoutes } from "@/lib/i18n/scan-route-keys";

const root = path.resolve(__dirname, "..", "..");
const scan = scanRoutes(root, messages.da);
const graph = scan.graph;
const ENTRY_OF_LAYOUT = ["app/layout.tsx", "app/error.tsx", "app/not-found.tsx", "app/(app)/layout.tsx", "app/(app)/not-found.tsx"];
const pageOf = (route: string) => pageFiles(root).find((p) => routeOfPage(p) === route)!;
const keysOf = (file: string) => scanClientSource(fs.readFileSync(path.join(root, file), "utf8"), messages.da, file).keys;

/**
 * Every key a client component reachable from a page writes, looked up in that page's subset as
 * `subsetOf` gives it (and the whole `errors` namespace): the ones that do not resolve to the
 * catalogue's text, as "route file: key (locale)", and how many were checked.
 */
function missingClientKeys(subsetOf: (locale: "da" | "en", route: ClientRoute) => unknown): { missing: string[]; checked: number } {
  const missing: string[] = [];
  let checked = 0;
  for (const page of pageFiles(root)) {
    const route = routeOfPage(page) as ClientRoute;
    const { clientFiles } = graph.keysFrom([page]);
    for (const locale of ["da", "en"] as const) {
      const subset = subsetOf(locale, route);
      if (!clientFiles.length && subset !== null) missing.push(`${route}: a subset for a page without translating client components`);
      for (const file of clientFiles)
        for (const key of keysOf(file)) {
          checked++;
          if (JSON.stringify(lookup(subset, key)) !== JSON.stringify(lookup(messages[locale], key)))
            missing.push(`${route} ${file}: ${key} (${locale})`);
        }
      // Form and action errors are shown by key: the whole errors namespace is there.
      if (clientFiles.length && JSON.stringify(lookup(subset, "errors")) !== JSON.stringify(messages[locale].errors))
        missing.push(`${route}: errors (${locale})`);
    }
  }
  return { missing, checked };
}

describe("client translation messages per route", () => {
  it("the scan of the sources finds no key it cannot follow", () => {
    expect(scan.problems).toEqual([]);
    expect(Object.keys(scan.routes).length).toBe(pageFiles(root).length);
  });

  it("lib/i18n/client-keys.json is up to date (else run npm run i18n:client-keys)", () => {
    expect(CLIENT_KEYS.layout).toEqual(scan.layout);
    expect(CLIENT_KEYS.routes).toEqual(scan.routes);
  });

  it("every key a client component reachable from a page writes resolves in that page's subset, in both languages", () => {
    const { missing, checked } = missingClientKeys(routeMessages);
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it("the layout's subset carries the keys of the layouts' client components (idle sign-out, error page) and errors", () => {
    const { clientFiles } = graph.keysFrom(ENTRY_OF_LAYOUT);
    expect(clientFiles).toEqual(expect.arrayContaining(["app/error.tsx", "components/layout/SessionGuard.tsx"]));
    for (const locale of ["da", "en"] as const) {
      const subset = layoutMessages(locale);
      for (const file of clientFiles)
        for (const key of keysOf(file)) expect(lookup(subset, key), `${file}: ${key} (${locale})`).toEqual(lookup(messages[locale], key));
      expect(subset.errors).toEqual(messages[locale].errors);
      expect(lookup(subset, "cases.statusForm")).toBeUndefined();
    }
  });

  it("a page gets the keys of its own client components and not those of unrelated pages", () => {
    const caseFiles = graph.keysFrom([pageOf("/cases/[caseId]")]).clientFiles;
    expect(caseFiles).toEqual(
      expect.arrayContaining(["app/(app)/cases/[caseId]/_components/FollowUpForms.tsx", "components/forms/Form.tsx"]),
    );
    const casePage = routeMessages("da", "/cases/[caseId]")!;
    expect(lookup(casePage, "followups.plan.submit")).toEqual(messages.da.followups.plan.submit);
    const absent = (subset: unknown, namespaces: string[]) => {
      for (const ns of namespaces) {
        expect(lookup(messages.da, ns), `${ns} exists`).toBeDefined();
        expect(lookup(subset, ns), ns).toBeUndefined();
      }
    };
    absent(casePage, ["studies.create", "kpi.targets", "admin.import", "admin.users.signInMethod", "rehab.goals"]);
    // My cases: the row texts of its one translating component (WorklistRows), nothing of studies,
    // the dashboard, the case page's forms or the access report (the capability "audit.report" in the
    // policy names a subtree, not a message: not handed on).
    const myCases = routeMessages("da", "/cases")!;
    expect(lookup(myCases, "cases.urgency.OVERDUE")).toEqual(messages.da.cases.urgency.OVERDUE);
    expect(lookup(myCases, "rules.case.overdue.compact")).toEqual(messages.da.rules.case.overdue.compact);
    absent(myCases, ["studies.create", "kpi.targets", "followups.plan", "cases.statusForm", "audit.report"]);
    const studies = routeMessages("da", "/studies")!;
    expect(lookup(studies, "studies.create")).toBeDefined();
    absent(studies, ["kpi.targets", "followups.plan", "rehab.goals", "cases.statusForm"]);
    const rehab = routeMessages("en", "/rehab/[planId]")!;
    absent(rehab, ["studies", "kpi.targets", "cases.statusForm"]);
    // Each subset is much smaller than the catalogue.
    const whole = JSON.stringify(messages.da).length;
    for (const route of Object.keys(CLIENT_KEYS.routes) as ClientRoute[])
      expect(JSON.stringify(routeMessages("da", route) ?? {}).length, route).toBeLessThan(whole * 0.25);
  });

  it("the import walk follows the alias, relative paths, index files and re-exports, not type-only imports", () => {
    const src = [
      'import { a } from "@/lib/time";',
      'import type { T } from "@/lib/format";',
      'export { b } from "./tabs";',
      'import * as x from "../_components/DeadlineBadge";',
      'const m = await import("@/lib/auth/policy");',
      'import "react";',
    ].join("\n");
    expect(importSpecifiers(src).sort()).toEqual(["../_components/DeadlineBadge", "./tabs", "@/lib/auth/policy", "@/lib/time", "react"]);
    const from = "app/(app)/cases/[caseId]/layout.tsx";
    expect(resolveImport(root, from, "./tabs")).toBe("app/(app)/cases/[caseId]/tabs.ts");
    expect(resolveImport(root, from, "../_components/DeadlineBadge")).toBe("app/(app)/cases/_components/DeadlineBadge.tsx");
    expect(resolveImport(root, from, "@/lib/auth/policy")).toBe("lib/auth/policy/index.ts");
    expect(resolveImport(root, from, "react")).toBeNull();
    expect(routeOfPage("app/(app)/cases/[caseId]/rtw/page.tsx")).toBe("/cases/[caseId]/rtw");
    expect(routeOfPage("app/page.tsx")).toBe("/");
  });

  it("the scanner reports keys, template subtrees and what it cannot see", () => {
    const src = 'const t = useTranslations(); t("cases.myCases"); t(`cases.status.${s}`); t(error as never);';
    expect(scanClientSource(src, messages.da)).toEqual({ keys: ["cases.myCases", "cases.status"], problems: [] });
    expect(scanClientSource('t("cases.noSuchKey")', messages.da).problems).toHaveLength(1);
    expect(scanClientSource("<Badge t={t} />", messages.da).problems).toHaveLength(1);
    expect(scanClientSource('useTranslations("cases")', messages.da).problems).toHaveLength(1);
    expect(scanServerSource('throw new DomainRuleError("errors.notAllowed"); const x = "not.a.key";', messages.da)).toEqual([
      "errors.notAllowed",
    ]);
    expect(minimisePaths(["cases.status.OPEN", "cases.status", "errors"])).toEqual(["cases.status", "errors"]);
  });

  it("keys kept in state or handed on as data reach the client (the login form's refusal messages)", () => {
    // The login form keeps the key in state (setError("auth.failed")) and shows it as t(error); the
    // login page hands `auth.ssoErrors.${code}` to it as a prop. Both were missing once (e2e caught it).
    for (const key of ["auth.failed", "auth.required", "auth.ssoErrors.SsoUnknown", "auth.ssoErrors.other"])
      for (const locale of ["da", "en"] as const)
        expect(lookup(routeMessages(locale, "/login"), key), `${locale} ${key}`).toEqual(expect.any(String));
    const page = 'if (x) return "auth.failed"; return `auth.ssoErrors.${e}`; <h1>{t("auth.title")}</h1>';
    expect(scanKeysHandedOn(page, messages.da)).toEqual(["auth.failed", "auth.ssoErrors"]);
    // A plain literal that names a subtree (a capability such as "audit.report") is not a message.
    expect(scanKeysHandedOn('can(actor, "audit.report") && "audit.report.title"', messages.da)).toEqual(["audit.report.title"]);
  });

  it("a key used by a client component but missing from a route's list is caught", () => {
    // The same check as above, on a subset list with the follow-up forms' keys taken out of the case page.
    const doctored = (locale: "da" | "en", route: ClientRoute) =>
      route === "/cases/[caseId]"
        ? pickMessages(
            messages[locale] as never,
            CLIENT_KEYS.routes[route].filter((p) => !p.startsWith("followups.")),
          )
        : routeMessages(locale, route);
    const { missing } = missingClientKeys(doctored);
    expect(missing).toContain("/cases/[caseId] app/(app)/cases/[caseId]/_components/FollowUpForms.tsx: followups.plan.submit (da)");
    expect(missing.every((m) => m.startsWith("/cases/[caseId] "))).toBe(true);
  });
});

describe("the e2e check for raw keys on a page", () => {
  it("finds key paths with a message, not other dotted words", () => {
    const text = "Status: cases.status.ACTIVE · sagsbehandler@samspil.test · 30.11.2026 · cases.status · errors.unexpected · noSuch.key";
    expect(rawKeysIn(text)).toEqual(["cases.status.ACTIVE", "errors.unexpected"]);
    expect(rawKeysIn("Mine sager · Samspil")).toEqual([]);
  });
});
