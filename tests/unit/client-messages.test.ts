// The browser gets only the translation messages client components use (issue 10, ADR 0020):
// lib/i18n/client-keys.json must be what the scan of the sources gives today, and every key a client
// component writes must be in the client subset of both languages.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import CLIENT_KEY_PATHS from "@/lib/i18n/client-keys.json";
import { clientMessages, pickMessages } from "@/lib/i18n/client-messages";
import { lookup, minimisePaths, scanClientSource, scanKeysHandedOn, scanProject, scanServerSource } from "@/lib/i18n/scan-client-keys";

const root = path.resolve(__dirname, "..", "..");
const scan = scanProject(root, messages.da);

describe("client translation messages", () => {
  it("the scan of the sources finds no key it cannot follow", () => {
    expect(scan.problems).toEqual([]);
    expect(scan.clientFiles.length).toBeGreaterThan(20);
  });

  it("lib/i18n/client-keys.json is up to date (else run npm run i18n:client-keys)", () => {
    expect([...CLIENT_KEY_PATHS]).toEqual(scan.paths);
  });

  it("every key written in a client component resolves in the client subset of both languages", () => {
    for (const locale of ["da", "en"] as const) {
      const subset = clientMessages(locale);
      for (const file of scan.clientFiles) {
        const { keys } = scanClientSource(fs.readFileSync(path.join(root, file), "utf8"), messages.da, file);
        for (const key of keys) expect(lookup(subset, key), `${file}: ${key} (${locale})`).toEqual(lookup(messages[locale], key));
      }
      // Form and action errors are shown by key: the whole errors namespace is there.
      expect(subset.errors).toEqual(messages[locale].errors);
    }
  });

  it("leaves out what only the server renders", () => {
    const subset = clientMessages("da");
    expect(lookup(subset, "cases.myCasesIntro")).toBeUndefined();
    expect(lookup(subset, "cases.pagination")).toBeUndefined();
    expect(JSON.stringify(subset).length).toBeLessThan(JSON.stringify(messages.da).length * 0.6);
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
        expect(lookup(clientMessages(locale), key), `${locale} ${key}`).toEqual(expect.any(String));
    const page = 'if (x) return "auth.failed"; return `auth.ssoErrors.${e}`; <h1>{t("auth.title")}</h1>';
    expect(scanKeysHandedOn(page, messages.da)).toEqual(["auth.failed", "auth.ssoErrors"]);
  });

  it("a key used by a client component but missing from the list is caught", () => {
    const without = CLIENT_KEY_PATHS.filter((p) => !p.startsWith("common."));
    const subset = pickMessages(messages.da as never, without);
    const used = scan.paths.filter((p) => p.startsWith("common."));
    expect(used.length).toBeGreaterThan(0);
    expect(used.some((k) => lookup(subset, k) === undefined)).toBe(true);
  });
});
