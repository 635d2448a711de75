// Issue 8 items 4 and 5 in the browser: a search with a NUL byte is a field error next to the search
// box (it used to be HTTP 500), on the citizen register and on "My cases"; a CPR number pasted with an
// en dash is searched as a CPR number.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { loginAs } from "./support/login";

test("a NUL byte in a search gives a clear field error, not a server error", async ({ page }) => {
  await loginAs(page, "caseworker");
  for (const [url, label] of [
    ["/citizens?q=Berg%00", "Søg efter borger"],
    ["/cases?q=%00", "Søg"],
  ] as const) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(200);
    const alert = page.getByRole("alert").filter({ hasText: "usynlige styretegn" });
    await expect(alert).toBeVisible();
    const box = page.getByRole("searchbox", { name: label, exact: false });
    await expect(box).toHaveAttribute("aria-invalid", "true");
    await expectNoSeriousA11yViolations(page);
  }
});

test("a CPR number pasted with an en dash is searched as a CPR number", async ({ page }) => {
  await loginAs(page, "caseworker");
  const res = await page.goto(`/citizens?q=${encodeURIComponent("310299\u20139999")}`);
  expect(res?.status()).toBe(200);
  // 31 February is no date: the page says the search looks like a CPR number with an invalid date,
  // which proves the en dash was read as the separator (before, it was a name search).
  await expect(page.getByText("Søgningen ligner et CPR-nummer, men datoen i det er ikke gyldig.")).toBeVisible();
});
