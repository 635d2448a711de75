// Logging in as one of the seeded demo users (prisma/demo-users.ts) through the real login form.
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { watchTranslations } from "./i18n";

export const DEMO_PASSWORD = "Samspil2026!";

export const ROLES = {
  caseworker: { email: "sagsbehandler@samspil.test", home: "/cases" },
  therapist: { email: "terapeut@samspil.test", home: "/health" },
  visitator: { email: "visitator@samspil.test", home: "/health" },
  coordinator: { email: "tovholder@samspil.test", home: "/coordination" },
  manager: { email: "leder@samspil.test", home: "/dashboard" },
  admin: { email: "admin@samspil.test", home: "/admin" },
} as const;

export type DemoRole = keyof typeof ROLES;

/** Fills the Danish login form. Does not wait for navigation. */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  watchTranslations(page);
  // By role and accessible name: the label's visual "*" is aria-hidden, so the name is exactly this.
  await page.getByRole("textbox", { name: "E-mail", exact: true }).fill(email);
  await page.getByRole("textbox", { name: "Adgangskode", exact: true }).fill(password);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
}

/** Logs in as the demo user of `role` and waits for that role's start page. */
export async function loginAs(page: Page, role: DemoRole): Promise<void> {
  const { email, home } = ROLES[role];
  watchTranslations(page);
  await page.goto("/login");
  await submitLogin(page, email, DEMO_PASSWORD);
  // Signing in hashes the password (argon2) and renders the start page: on a busy machine the very
  // first sign-in after the server starts can take longer than the default 10 s.
  await expect(page).toHaveURL(new RegExp(`${home}(\\?.*)?$`), { timeout: 60_000 });
}

/** A browser context of the demo user of `role` without JavaScript (signed in with JavaScript, the session kept). */
export async function contextWithoutJavaScript(browser: Browser, role: DemoRole): Promise<BrowserContext> {
  const setup = await browser.newContext({ locale: "da-DK" });
  const login = await setup.newPage();
  await loginAs(login, role);
  const storageState = await setup.storageState();
  await setup.close();
  return browser.newContext({ javaScriptEnabled: false, storageState, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
}

/** Logs out through the app's "Log ud" control and waits for the login page. */
export async function logout(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Log ud", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
}
