// Walking skeleton: the Danish login page, each role's start page, logout, language switch.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_PASSWORD, ROLES, loginAs, logout, submitLogin, type DemoRole } from "./support/login";

test.describe("login page", () => {
  test("has Danish labels and passes axe", async ({ page }) => {
    await page.goto("/login");
    await expect(page).toHaveTitle(/Log ind/);
    await expect(page.getByRole("heading", { level: 1, name: "Log ind" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "E-mail", exact: true })).toHaveAttribute("type", "email");
    await expect(page.getByRole("textbox", { name: "Adgangskode", exact: true })).toHaveAttribute("type", "password");
    await expect(page.getByRole("button", { name: "Log ind", exact: true })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "da");
    await expectNoSeriousA11yViolations(page);
  });

  test("a wrong password is refused with a Danish message", async ({ page }) => {
    await page.goto("/login");
    await submitLogin(page, ROLES.caseworker.email, "forkert-adgangskode");
    await expect(page.getByRole("alert").filter({ hasText: "E-mail eller adgangskode er forkert." })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
    await expectNoSeriousA11yViolations(page);
  });

  test("an unknown user gets the same message", async ({ page }) => {
    await page.goto("/login");
    await submitLogin(page, "ingen@samspil.test", DEMO_PASSWORD);
    await expect(page.getByRole("alert").filter({ hasText: "E-mail eller adgangskode er forkert." })).toBeVisible();
  });

  test("the language switch changes the page to English and back", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: /^(Sprog|Language)\b/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: /^(Sprog|Language)\b/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Log ind" })).toBeVisible();
  });

  test("pages behind login send an anonymous visitor to /login", async ({ page }) => {
    await page.goto("/cases");
    await expect(page).toHaveURL(/\/login/);
  });
});

// walk4 item 1: the form posts to /login/password when no script runs (app/(auth)/login/password/route.ts).
test.describe("sign-in without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the demo caseworker signs in and lands on Mine sager", async ({ page }) => {
    await page.goto("/login");
    await submitLogin(page, ROLES.caseworker.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/cases(\?.*)?$/, { timeout: 60_000 });
    await expect(page.getByRole("heading", { level: 1, name: "Mine sager" })).toBeVisible();
  });

  test("a wrong password shows the same error as with JavaScript", async ({ page }) => {
    await page.goto("/login");
    await submitLogin(page, ROLES.caseworker.email, "forkert-adgangskode");
    await expect(page).toHaveURL(/\/login\?error=CredentialsSignin/);
    await expect(page.getByRole("alert").filter({ hasText: "E-mail eller adgangskode er forkert." })).toBeVisible();
    // axe runs scripts in the page, so it cannot run here; the same page with script is checked above.
  });

  test("an empty password asks for both fields", async ({ page }) => {
    await page.goto("/login?callbackUrl=%2Fcases");
    await submitLogin(page, ROLES.caseworker.email, "");
    await expect(page).toHaveURL(/\/login\?error=Required&callbackUrl=%2Fcases/);
    await expect(page.getByRole("alert")).toHaveText("Udfyld både e-mail og adgangskode.");
    // review6 item 6: the empty field carries its error, the e-mail typed is kept.
    const email = page.getByRole("textbox", { name: "E-mail", exact: true });
    const password = page.getByRole("textbox", { name: "Adgangskode", exact: true });
    await expect(email).toHaveValue(ROLES.caseworker.email);
    await expect(email).not.toHaveAttribute("aria-invalid", "true");
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(password).toHaveAccessibleDescription("Udfyld feltet.");
    // The form still signs in from here, back to the page asked for.
    await submitLogin(page, ROLES.caseworker.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/cases(\?.*)?$/, { timeout: 60_000 });
  });

  test("an empty e-mail is marked at the field and the password never goes into the address", async ({ page }) => {
    await page.goto("/login");
    await submitLogin(page, "", "Hemmelig-Kode-42");
    await expect(page).toHaveURL(/\/login\?error=Required&missing=email$/);
    expect(page.url()).not.toContain("Hemmelig");
    await expect(page.getByRole("textbox", { name: "E-mail", exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("textbox", { name: "E-mail", exact: true })).toHaveValue("");
    await expect(page.getByRole("textbox", { name: "Adgangskode", exact: true })).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("textbox", { name: "Adgangskode", exact: true })).toHaveValue("");
  });
});

test.describe("each role lands on its start page", () => {
  for (const role of Object.keys(ROLES) as DemoRole[]) {
    test(`${role} → ${ROLES[role].home}`, async ({ page }) => {
      await loginAs(page, role);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      if (role === "caseworker") await expect(page.getByRole("heading", { level: 1, name: "Mine sager" })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await logout(page);
      await expect(page.getByRole("button", { name: "Log ind", exact: true })).toBeVisible();
      // The session is gone: the start page asks for a login again.
      await page.goto(ROLES[role].home);
      await expect(page).toHaveURL(/\/login/);
    });
  }
});
