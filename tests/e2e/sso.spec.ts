// Municipal SSO end to end (issue 13): a real OpenID Connect provider (oidc-provider on 127.0.0.1,
// tests/e2e/support/oidc-provider.mjs, started by playwright.config.ts) signs people in with PKCE and
// state; Samspil lets in active users it knows (by verified email, then by subject) on the page for
// their role, refuses unknown, unverified and disabled ones with a clear message, and signing out
// ends the server session. The browser's session object never carries the server session id.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_PASSWORD, ROLES, loginAs, logout, submitLogin } from "./support/login";

const stamp = Date.now().toString(36);
const SSO_BUTTON = "Log ind med Kommunalt login";

/** Every SSO sign-in in its own browser context: the provider keeps its own session per browser. */
async function freshPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** Starts SSO on the login page and signs in at the provider as `login` (its test form takes any password). */
async function ssoLogin(page: Page, login: string): Promise<void> {
  await page.goto("/login");
  await page.getByRole("button", { name: SSO_BUTTON }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("irrelevant-at-the-test-idp");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test("the login page offers the municipality's SSO", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("button", { name: SSO_BUTTON })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a known user signs in through the provider, lands on their role's page, and signing out ends the session", async ({ browser }) => {
  const page = await freshPage(browser);
  await ssoLogin(page, ROLES.caseworker.email);
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mine sager" })).toBeVisible();
  // The session object the browser can read has no server session id.
  const session = await page.request.get("/api/auth/session").then((r) => r.json());
  expect(Object.keys(session)).toEqual(["expires"]);
  const cookie = (await page.context().cookies()).find((c) => c.name === "next-auth.session-token");
  expect(cookie?.httpOnly).toBe(true);
  await logout(page);
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/login/);
});

test("an unknown and an unverified person are refused with a clear message", async ({ browser }) => {
  const unknown = await freshPage(browser);
  await ssoLogin(unknown, `ukendt.${stamp}@samspil.test`);
  await expect(unknown).toHaveURL(/\/login\?error=SsoUnknown/);
  await expect(unknown.getByRole("alert").filter({ hasText: "der findes ingen Samspil-bruger til dig" })).toBeVisible();
  await expectNoSeriousA11yViolations(unknown);
  await unknown.goto("/cases");
  await expect(unknown).toHaveURL(/\/login/);

  const unverified = await freshPage(browser);
  await ssoLogin(unverified, `unverified.${stamp}@samspil.test`);
  await expect(unverified).toHaveURL(/\/login\?error=SsoUnverified/);
  await expect(unverified.getByRole("alert").filter({ hasText: "har ikke bekræftet din e-mailadresse" })).toBeVisible();
});

test("an admin-created SSO coordinator signs in to Coordination, and is refused once disabled", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const email = `sso.tovholder.${stamp}@samspil.test`;
  await loginAs(page, "admin");
  await page.goto("/admin/users/new");
  await page.getByRole("textbox", { name: "Navn" }).fill("Sara Sso");
  await page.getByRole("textbox", { name: /^E-mail/ }).fill(email);
  await page.getByRole("combobox", { name: "Rolle" }).selectOption({ label: "Tovholder" });
  await page.getByRole("combobox", { name: /^Afdeling/ }).selectOption({ label: "Jobcenter Demo (Jobcenter)" });
  await page.getByRole("radio", { name: "Kommunalt login (SSO)" }).check();
  await page.getByRole("button", { name: "Opret bruger" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Brugeren er oprettet." })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Engangslink" })).toHaveCount(0);

  const coordinator = await freshPage(browser);
  await ssoLogin(coordinator, email);
  await expect(coordinator).toHaveURL(/\/coordination$/);
  // The header has the line twice: in the header row and in the narrow screens' account menu (not displayed here).
  await expect(coordinator.getByText("Logget ind som Sara Sso (Tovholder)").filter({ visible: true })).toBeVisible();

  await page.getByRole("link", { name: "Gå til brugeren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sara Sso" })).toBeVisible();
  await page.locator("summary").filter({ hasText: "Deaktivér bruger" }).click();
  await page.getByRole("button", { name: "Ja, deaktivér brugeren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Brugeren er deaktiveret." })).toBeVisible();

  // The open session ends on the next request; a new SSO sign-in is refused.
  await coordinator.reload();
  await expect(coordinator).toHaveURL(/\/login/);
  const again = await freshPage(browser);
  await ssoLogin(again, email);
  await expect(again).toHaveURL(/\/login\?error=SsoDisabled/);
  await expect(again.getByRole("alert").filter({ hasText: "Din Samspil-bruger er deaktiveret." })).toBeVisible();
});

test("a password sign-in's session object has no server session id either", async ({ page }) => {
  await page.goto("/login");
  await submitLogin(page, ROLES.manager.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  const res = await page.request.get("/api/auth/session");
  const text = await res.text();
  expect(Object.keys(JSON.parse(text))).toEqual(["expires"]);
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
});
