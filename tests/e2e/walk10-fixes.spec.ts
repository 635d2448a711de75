// What a new user met in the browser in walk10 (fix16):
// - item 1: after these saves the keyboard focus is on the success message (ADR 0032), not dropped
//   to the top of the page: a referral approved and rejected, a consent revoked, a user import
//   previewed and confirmed (the RTW week's hours: walk6-fixes.spec.ts);
// - item 2: a new user's one-time link comes right after the focused "Brugeren er oprettet.";
// - item 3: after a revocation the consent summary and the caseworker's Genoptræning tab say
//   "Tilbagekaldt <dato>", not that no consent is registered;
// - item 6b: the user import names the allowed roles for an unknown one;
// - item 6c: a table caption that repeats the page's heading is visually hidden (/health, the access log).
import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./support/login";
import { openCaseForCitizen, recordConsentBothWays, registerCitizen } from "./support/citizens";

const stamp = Date.now() % 100000;
const isoDayFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Copenhagen" });

async function openReceivedReferral(page: Page, index: number) {
  await page.goto("/referrals");
  await page.getByRole("combobox", { name: "Status", exact: true }).selectOption({ label: "Modtaget" });
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page).toHaveURL(/status=/);
  const links = page.getByRole("table").getByRole("link");
  await expect(links.first()).toBeVisible();
  const count = await links.count();
  await links.nth(Math.max(0, count - 1 - index)).click();
  await expect(page).toHaveURL(/\/referrals\/[0-9a-f-]{36}$/);
}

test("a referral's approval and rejection move the focus to their message (fix16 item 1)", async ({ page }) => {
  test.setTimeout(180_000);
  await loginAs(page, "visitator");
  await openReceivedReferral(page, 0);
  await page.getByRole("button", { name: "Godkend", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Henvisningen er godkendt." })).toBeFocused();

  await openReceivedReferral(page, 1);
  await page
    .locator("summary")
    .filter({ hasText: /^›?\s*Afvis$/ })
    .click();
  await page.getByLabel("Begrundelse eller bemærkning").fill("Borgeren er ikke i målgruppen");
  await page.getByRole("button", { name: "Ja, afvis henvisningen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Henvisningen er afvist." })).toBeFocused();
});

test("revoking a consent moves the focus to its message (item 1); the summary and the Genoptræning tab say it was revoked (item 3)", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await loginAs(page, "caseworker");
  const serial = String(Date.now() % 1000).padStart(3, "0");
  const citizenPath = await registerCitizen(page, { cpr: `120388-3${serial}`, firstName: "Klara", lastName: `Fokus${stamp}` });
  const casePath = await openCaseForCitizen(page, 10);
  await page.goto(citizenPath);
  await recordConsentBothWays(page, "Fokus efter tilbagekaldelse", isoDayFromNow(60));
  await page.goto(citizenPath);
  const item = page
    .getByRole("region", { name: "Samtykke" })
    .getByRole("listitem")
    .filter({ hasText: "Fokus efter tilbagekaldelse" })
    .first();
  await item.locator("summary").filter({ hasText: "Tilbagekald samtykke" }).click();
  await item.getByRole("button", { name: "Ja, tilbagekald samtykket" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Samtykket er tilbagekaldt." })).toBeFocused();

  // Item 3: "Samtykke lige nu" says the consent was revoked today, in both directions (not "none registered").
  const today = new Date().toLocaleDateString("da-DK", {
    timeZone: "Europe/Copenhagen",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  });
  const todayDots = today.replace(/[/-]/g, ".");
  await page.goto(citizenPath);
  const now = page.getByRole("region", { name: "Samtykke" }).getByRole("table", { name: "Samtykke pr. retning lige nu" });
  await expect(now.getByRole("row", { name: /^Sundhedscenter → jobcenter/ })).toContainText(`Tilbagekaldt ${todayDots}`);
  await expect(now.getByRole("row", { name: /^Jobcenter → sundhedscenter/ })).toContainText(`Tilbagekaldt ${todayDots}`);
  await expect(now.getByRole("row", { name: /^Deling med arbejdsgiver/ })).toContainText("Intet samtykke registreret");
  // … and so does the caseworker's Genoptræning tab.
  await page.goto(`${casePath}/rehab`);
  await expect(page.getByText(`Samtykket er tilbagekaldt ${todayDots}.`)).toBeVisible();
  await expect(page.getByText("Der er ikke registreret samtykke.")).toHaveCount(0);
});

test("the user import's preview and confirmation move the focus to their message (fix16 item 1)", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/admin/users/import");
  // Item 6b: an unknown role names the roles a file may use.
  await page
    .getByRole("textbox", { name: /^Indhold \(CSV\)/ })
    .fill(`navn;e-mail;rolle;afdeling\nJens Jongløren;jens.${stamp}@samspil.test;Jongløren;Jobcenter Demo\n`);
  await page.getByRole("button", { name: "Vis linjerne" }).click();
  await expect(page.getByRole("table", { name: "Linjer i filen" }).getByRole("row").filter({ hasText: "Jens Jongløren" })).toContainText(
    "Rolle: Skriv en af rollerne: Sagsbehandler, Terapeut, Visitator, Tovholder, Leder, Administrator.",
  );
  await page
    .getByRole("textbox", { name: /^Indhold \(CSV\)/ })
    .fill(
      `navn;e-mail;rolle;afdeling;kompetencer\nAnne Fokus;anne.${stamp}@samspil.test;Terapeut;Sundhedscenter Demo;Ryg\nBent Fokus;bent.${stamp}@samspil.test;Terapeut;Sundhedscenter Demo;\n`,
    );
  await page.getByRole("button", { name: "Vis linjerne" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Alle 2 linjer er i orden." })).toBeFocused();
  await page.getByRole("button", { name: "Opret 2 brugere" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 brugere er oprettet." })).toBeFocused();
});

test("a new user's one-time link comes right after the focused message in the Tab order (fix16 item 2)", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/admin/users/new");
  await page.getByRole("textbox", { name: "Navn" }).fill("Tabby Rækkefølge");
  await page.getByRole("textbox", { name: /^E-mail/ }).fill(`tabby.${stamp}@samspil.test`);
  await page.getByRole("combobox", { name: "Rolle" }).selectOption({ label: "Terapeut" });
  await page.getByRole("combobox", { name: /^Afdeling/ }).selectOption({ label: "Sundhedscenter Demo (Sundhedscenter)" });
  await page.getByRole("radio", { name: "Adgangskode", exact: true }).check();
  await page.getByRole("button", { name: "Opret bruger" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Brugeren er oprettet." })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: "Engangslink" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Kopiér link" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Gå til brugeren" })).toBeFocused();
});

test("a table caption that repeats the page's heading is for screen readers only (fix16 item 6c)", async ({ page, browser }) => {
  // /health: the therapist's cases under consent (the caption repeats the section's heading).
  const therapist = await browser.newPage();
  await loginAs(therapist, "therapist");
  await therapist.goto("/health");
  const captions = therapist.locator("table caption");
  for (let i = 0; i < (await captions.count()); i++) await expect(captions.nth(i)).toHaveClass(/\bsr-only\b/);
  await therapist.close();

  // The therapist's access log (the /health visit above is in it): "Medarbejderens adgangslog" under "Adgangslog for …".
  await loginAs(page, "admin");
  await page.goto("/admin");
  await page.getByRole("row").filter({ hasText: "terapeut@samspil.test" }).getByRole("link").first().click();
  await page.getByRole("link", { name: "Se brugerens adgangslog" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Adgangslog for / })).toBeVisible();
  const log = page.getByRole("table", { name: "Medarbejderens adgangslog" });
  await expect(log).toBeVisible();
  await expect(log.locator("caption")).toHaveClass(/\bsr-only\b/);
});
