// A message about a past save, carried by the redirect's query parameter (?created=1), is said once (fix13 item 3):
// not again on reload or on back/forward to the page, while a redraw in place (a language switch) keeps it.
import { expect, test } from "@playwright/test";
import { loginAs } from "./support/login";
import { registerCitizen } from "./support/citizens";

test("'Borgeren er oprettet.' after Opret borger: shown once, not after a reload nor after back/forward", async ({ page }) => {
  await loginAs(page, "caseworker");
  const serial = String(Date.now() % 1000).padStart(3, "0");
  const path = await registerCitizen(page, { cpr: `040499-4${serial}`, firstName: "Gitte", lastName: "Gentagesen" });
  const created = page.getByRole("status").filter({ hasText: "Borgeren er oprettet." });
  await expect(created).toBeVisible();
  // The parameter leaves the URL once the message is shown.
  await expect(page).toHaveURL(new RegExp(`${path}$`));

  // A redraw in place keeps it, in the new language.
  const language = page.getByRole("button", { name: /^(Sprog|Language)\b/ }).first();
  await language.click();
  await expect(page.getByRole("status").filter({ hasText: "The citizen is registered." })).toBeVisible();
  await language.click();
  await expect(created).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: /Gitte Gentagesen/ })).toBeVisible();
  await expect(created).toHaveCount(0);

  // Another page and back: the page, without the message.
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Borgere" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Borgere" })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole("heading", { level: 1, name: /Gitte Gentagesen/ })).toBeVisible();
  await expect(created).toHaveCount(0);
});

test("back and forward right after Opret borger: the form, then the citizen's page without the message", async ({ page }) => {
  await loginAs(page, "caseworker");
  const serial = String((Date.now() + 500) % 1000).padStart(3, "0");
  const path = await registerCitizen(page, { cpr: `050599-5${serial}`, firstName: "Frede", lastName: "Fremsen" });
  const created = page.getByRole("status").filter({ hasText: "Borgeren er oprettet." });
  await expect(created).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await page.goBack();
  await expect(page).toHaveURL(/\/citizens\/new$/);
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole("heading", { level: 1, name: /Frede Fremsen/ })).toBeVisible();
  await expect(created).toHaveCount(0);
});
