// Journey 5 (SPEC §5, issue 13): the administrator creates a therapist with competence tags, the
// therapist chooses a password through the one-time link and signs in, the administrator disables
// them and their open session ends on the next click. Axe runs on every admin page; the admin never
// reaches case content (404).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { loginAs, submitLogin } from "./support/login";

const stamp = Date.now().toString(36);
const therapistEmail = `tove.${stamp}@samspil.test`;
const therapistPassword = "Havtorn-og-hyben-2026";

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test("journey 5: admin creates a therapist, the therapist sets a password and signs in, the admin disables them", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await loginAs(page, "admin");
  await expect(page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Organisationens brugere" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Create the therapist.
  await page.getByRole("link", { name: "Opret bruger" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Opret bruger" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("textbox", { name: "Navn" }).fill("Tove Terapeut");
  await page.getByRole("textbox", { name: /^E-mail/ }).fill(therapistEmail);
  await page.getByRole("combobox", { name: "Rolle" }).selectOption({ label: "Terapeut" });
  await page.getByRole("combobox", { name: /^Afdeling/ }).selectOption({ label: "Sundhedscenter Demo (Sundhedscenter)" });
  await page.getByRole("radio", { name: "Adgangskode", exact: true }).check();
  await page.getByRole("checkbox", { name: "Ryg" }).check();
  await page.getByRole("checkbox", { name: "Knæ" }).check();
  await page.getByRole("button", { name: "Opret bruger" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Brugeren er oprettet." })).toBeVisible();
  const linkField = page.getByRole("textbox", { name: "Engangslink" });
  await expect(linkField).toHaveValue(/\/set-password\/[A-Za-z0-9_-]{43}$/);
  const link = await linkField.inputValue();
  await expectNoSeriousA11yViolations(page);

  // The therapist opens the link in their own browser and chooses a password.
  const therapist = await newPage(browser);
  await therapist.goto(new URL(link).pathname);
  await expect(therapist.getByRole("heading", { level: 1, name: "Vælg adgangskode" })).toBeVisible();
  await expect(therapist.getByText(therapistEmail)).toBeVisible();
  await expectNoSeriousA11yViolations(therapist);
  await therapist.getByRole("textbox", { name: /^Ny adgangskode/ }).fill("kort");
  await therapist.getByRole("textbox", { name: "Gentag ny adgangskode" }).fill("kort");
  await therapist.getByRole("button", { name: "Gem adgangskode" }).click();
  await expect(therapist.getByText("Adgangskoden skal have mindst 12 tegn.")).toBeVisible();
  await therapist.getByRole("textbox", { name: /^Ny adgangskode/ }).fill(therapistPassword);
  await therapist.getByRole("textbox", { name: "Gentag ny adgangskode" }).fill(therapistPassword);
  await therapist.getByRole("button", { name: "Gem adgangskode" }).click();
  await expect(therapist.getByRole("status").filter({ hasText: "Din adgangskode er gemt." })).toBeVisible();
  await therapist.getByRole("link", { name: "Gå til log ind" }).click();
  await submitLogin(therapist, therapistEmail, therapistPassword);
  await expect(therapist).toHaveURL(/\/health$/);
  // The header has the line twice: in the header row and in the narrow screens' account menu (not displayed here).
  await expect(therapist.getByText(/Logget ind som Tove Terapeut \(Terapeut\)/).filter({ visible: true })).toBeVisible();
  // The link is used up.
  await therapist.goto(new URL(link).pathname);
  await expect(therapist.getByRole("alert").filter({ hasText: "Linket virker ikke længere." })).toBeVisible();
  await therapist.goto("/health");

  // The admin finds the therapist (tags shown), opens the user page and disables them.
  await page.goto("/admin");
  const row = page.getByRole("row").filter({ hasText: therapistEmail });
  await expect(row).toContainText("Ryg, Knæ");
  await row.getByRole("link", { name: "Tove Terapeut" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tove Terapeut" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Ændringer af brugeren" })).toContainText("Adgangskode valgt");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("textbox", { name: "Bemærkning (valgfri)" }).fill("Stopper ved udgangen af måneden");
  await page.locator("summary").filter({ hasText: "Deaktivér bruger" }).click();
  await page.getByRole("button", { name: "Ja, deaktivér brugeren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Brugeren er deaktiveret." })).toBeVisible();

  // The therapist's next click ends their session.
  await therapist.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Henvisninger" }).click();
  await expect(therapist).toHaveURL(/\/login\?expired=1/);
  await expect(therapist.getByRole("status").filter({ hasText: "Du er blevet logget ud." })).toBeVisible();
  await submitLogin(therapist, therapistEmail, therapistPassword);
  await expect(therapist.getByRole("alert").filter({ hasText: "E-mail eller adgangskode er forkert." })).toBeVisible();

  // The admin sees what the therapist opened — kinds of records and actions, no content.
  await page.goto("/admin");
  await page.getByRole("row").filter({ hasText: therapistEmail }).getByRole("link").click();
  await page.getByRole("link", { name: "Se brugerens adgangslog" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Adgangslog for Tove Terapeut" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Medarbejderens adgangslog" })).toContainText("Bruger");
  await expectNoSeriousA11yViolations(page);
});

test("the other admin pages: import with preview, competences, settings — each passes axe", async ({ page }) => {
  await loginAs(page, "admin");
  // CSV import: a file with a bad row is previewed with the field at fault; nothing is offered for creation.
  await page.goto("/admin/users/import");
  await expect(page.getByRole("heading", { level: 1, name: "Importér brugere fra CSV" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page
    .getByRole("textbox", { name: /^Indhold \(CSV\)/ })
    .fill(
      `navn;e-mail;rolle;afdeling;kompetencer\nUlla Ulv;ulla.${stamp}@samspil.test;Terapeut;Sundhedscenter Demo;Ryg\nVagn Vind;ikke-en-email;Sagsbehandler;Jobcenter Demo;\n`,
    );
  await page.getByRole("button", { name: "Vis linjerne" }).click();
  const preview = page.getByRole("table", { name: "Linjer i filen" });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole("row").filter({ hasText: "Vagn Vind" })).toContainText("E-mail: Skriv en gyldig e-mailadresse.");
  await expect(page.getByRole("status").filter({ hasText: "1 linje har fejl" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Opret/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  // Fixed file: confirm creates the user and shows their link.
  await page
    .getByRole("textbox", { name: /^Indhold \(CSV\)/ })
    .fill(`navn;e-mail;rolle;afdeling;kompetencer\nUlla Ulv;ulla.${stamp}@samspil.test;Terapeut;Sundhedscenter Demo;Ryg\n`);
  await page.getByRole("button", { name: "Vis linjerne" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Linjen er i orden." })).toBeVisible();
  await page.getByRole("button", { name: "Opret 1 bruger" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 bruger er oprettet." })).toBeVisible();
  await expect(page.getByRole("table", { name: "Oprettede brugere" })).toContainText("/set-password/");

  await page.goto("/admin/competences");
  await expect(page.getByRole("heading", { level: 1, name: "Kompetencer" })).toBeVisible();
  await page.getByRole("textbox", { name: "Navn på ny kompetence" }).fill(`Ergonomi ${stamp}`);
  await page.getByRole("button", { name: "Tilføj kompetence" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Kompetencen er tilføjet." })).toBeVisible();
  await expect(page.getByRole("table", { name: "Kompetencer" })).toContainText(`Ergonomi ${stamp}`);
  await expectNoSeriousA11yViolations(page);

  await page.goto("/admin/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Indstillinger" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const field = page.getByRole("spinbutton", { name: "Henvisninger, der har ventet mere end (dage)" });
  const next = String(Number(await field.inputValue()) + 1);
  await field.fill(next);
  await page.locator("#thresholds-reason").fill("Aftalt på ledermødet");
  await page.getByRole("region", { name: "Tærskler" }).getByRole("button", { name: "Gem" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Tærsklerne er gemt." })).toBeVisible();
  await expect(page.getByRole("table", { name: "Ændringer af indstillingerne" })).toContainText("Aftalt på ledermødet");
  await expectNoSeriousA11yViolations(page);

  await page.goto("/admin/rules");
  await expectNoSeriousA11yViolations(page);
  await page.goto("/account/password");
  await expect(page.getByRole("heading", { level: 1, name: "Skift adgangskode" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("the administrator never reaches case content: a case page is 404", async ({ page, browser }) => {
  const caseworker = await newPage(browser);
  await loginAs(caseworker, "caseworker");
  await caseworker.getByRole("table").getByRole("link").first().click();
  await expect(caseworker).toHaveURL(/\/cases\/[0-9a-f-]{36}/);
  const casePath = new URL(caseworker.url()).pathname;
  await loginAs(page, "admin");
  const res = await page.goto(casePath);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Siden findes ikke" })).toBeVisible();
});
