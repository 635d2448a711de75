// What a new user tripped over in walk6 (fixes6), in the browser:
// - the citizen page's tab title names the citizen (no CPR number);
// - opening a case lands on the case page WITH a success message;
// - creating a return-to-work plan and setting it active each show a success message, although the
//   form that saved it is replaced / closed; the week's note input sits in the "Note" column;
// - a manager's grant on /dashboard/aids says so although the row leaves the list;
// - the case's full history in English shows labels and dd/mm/yyyy days, not raw field names and ISO days.
// axe on each page.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { loginAs } from "./support/login";
import { openCaseForCitizen, registerCitizen } from "./support/citizens";

const isoToday = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Copenhagen" });

async function newCitizen(page: Page, lastName: string): Promise<string> {
  const serial = String(Date.now() % 1000).padStart(3, "0");
  await registerCitizen(page, { cpr: `020298-3${serial}`, firstName: "Vera", lastName });
  return `Vera ${lastName}`;
}

test("walk6: messages after saves, the Note column, titles and the history in words", async ({ page, browser }) => {
  test.setTimeout(300_000);
  await loginAs(page, "caseworker");
  const name = await newCitizen(page, `Walksix${Date.now() % 100000}`);
  await expect(page).toHaveTitle(`${name} · Borger · Samspil`);
  expect(await page.title()).not.toMatch(/\d{6}/);

  // Opening a case: the case page says it was opened.
  await openCaseForCitizen(page, 10);
  await expect(page.getByRole("status").filter({ hasText: "Sagen er oprettet." })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const casePath = new URL(page.url()).pathname;

  // Category 2, then again category 2 (the history's "from" is the earlier category).
  const visitation = page.getByRole("region", { name: "Visitation og revurdering" });
  for (let i = 0; i < 2; i++) {
    await visitation.getByText("Visitér / revisitér (kategori 1, 2 eller 3)").click();
    await visitation.getByRole("combobox", { name: "Kategori (sygedagpengeloven § 12)" }).selectOption("2");
    await visitation.getByRole("button", { name: "Gem kategori" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Kategorien er gemt." })).toBeVisible();
    await page.reload();
  }

  // Return-to-work plan: created (the form is replaced by the plan) and set active (the box closes).
  await page.goto(`${casePath}/rtw`);
  const rtw = page.getByRole("region", { name: "Optrapningsplan" });
  await rtw.getByLabel("Kontaktperson hos arbejdsgiveren").fill("Kim Boss, 70101010");
  await rtw.getByLabel("Første dag i planen").fill(isoToday());
  await rtw.getByRole("button", { name: "Opret plan" }).click();
  await expect(rtw.getByRole("status").filter({ hasText: "Optrapningsplanen er oprettet som kladde." })).toBeVisible();
  // The form (and its focused button) left with the save: the message takes the focus (fix8 item 1).
  await expect(page.locator('[data-flash="rtw"]').getByText("Optrapningsplanen er oprettet som kladde.")).toBeFocused();
  await rtw.getByRole("combobox", { name: "Status" }).selectOption("ACTIVE");
  await rtw.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(rtw.getByRole("status").filter({ hasText: "Planen er gemt." })).toBeVisible();
  await page.reload();
  // Week 1 has started: its note input is in the "Bemærkning" column, its hours in "Faktiske timer".
  const weeks = rtw.getByRole("table", { name: "Ugeplan med planlagte og faktiske timer" });
  const header = await weeks.getByRole("columnheader").allInnerTexts();
  const week1 = weeks.getByRole("row").filter({ hasText: "Uge 1" });
  const cells = week1.getByRole("cell");
  await expect(cells.nth(header.indexOf("Bemærkning")).getByRole("textbox", { name: "Bemærkning til uge 1" })).toBeVisible();
  await expect(cells.nth(header.indexOf("Faktiske timer")).getByRole("textbox", { name: "Faktiske timer i uge 1" })).toBeVisible();
  await cells.nth(header.indexOf("Faktiske timer")).getByRole("textbox").fill("12");
  await cells.nth(header.indexOf("Bemærkning")).getByRole("textbox").fill("Mistede en dag");
  await cells.nth(header.indexOf("Faktiske timer")).getByRole("button", { name: /^Gem/ }).click();
  await expect(rtw.getByRole("status").filter({ hasText: "De faktiske timer er gemt." })).toBeVisible();
  // The pressed "Gem: Uge 1" is disabled while it is sent: the focus goes to the message (fix16 item 1).
  await expect(rtw.getByRole("status").filter({ hasText: "De faktiske timer er gemt." })).toBeFocused();
  await page.reload();
  const note1 = weeks.getByRole("textbox", { name: "Bemærkning til uge 1" });
  await expect(note1).toHaveValue("Mistede en dag");
  await expectNoSeriousA11yViolations(page);

  // The note belongs to the week's form by its `form` attribute, outside the <form> (fix8 item 2):
  // a note typed alone is kept as a draft and comes back after a reload …
  await note1.fill("Kun en bemærkning, ikke gemt");
  await page.reload();
  await expect(note1).toHaveValue("Kun en bemærkning, ikke gemt");
  await expect(week1.getByText("Din kladde er gendannet. Tjek teksten, og gem den.")).toBeVisible();
  // … and a refused note is the field marked invalid, described by its error and focused.
  const hours1 = weeks.getByRole("textbox", { name: "Faktiske timer i uge 1" });
  await note1.fill("Vendt \u202E tekst");
  await cells.nth(header.indexOf("Faktiske timer")).getByRole("button", { name: /^Gem/ }).click();
  await expect(note1).toHaveAttribute("aria-invalid", "true");
  await expect(note1).toHaveAccessibleDescription(/.+/);
  await expect(note1).toBeFocused();
  await expect(hours1).not.toHaveAttribute("aria-invalid", "true");
  // The error stands beside the note, in the Note column, not in the hours cell (fix9 item 2).
  const noteError = cells.nth(header.indexOf("Bemærkning")).locator(`[id="${await note1.getAttribute("aria-describedby")}"]`);
  await expect(noteError).not.toBeEmpty();
  await expect(cells.nth(header.indexOf("Faktiske timer"))).not.toContainText(await noteError.innerText());
  await note1.fill("Mistede en dag");

  // An aid above the caseworker's mandate, granted by the manager: the list says so.
  const aidItem = `Hæve-sænkebord ${Date.now() % 100000}`;
  const aids = page.getByRole("region", { name: "Hjælpemidler" });
  await aids.getByLabel("Hjælpemiddel").fill(aidItem);
  await aids.getByLabel("Beløb (kr.)").fill("25000");
  await aids.getByRole("button", { name: "Registrér ansøgning" }).click();
  await expect(aids.getByRole("status").filter({ hasText: "skal godkendes af en leder" })).toBeVisible();

  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await loginAs(manager, "manager");
  await manager.goto("/dashboard/aids");
  const row = manager.getByRole("row").filter({ hasText: aidItem });
  // Granting asks first (small8 item 1): the step's summary, then the real button.
  await row.locator("details[id$='-approve'] summary").click();
  await row.getByRole("button", { name: "Ja, bevilg hjælpemidlet" }).click();
  await expect(manager.getByRole("row").filter({ hasText: aidItem })).toHaveCount(0);
  await expect(manager.getByRole("status").filter({ hasText: "Hjælpemidlet er bevilget." })).toBeVisible();
  await expect(manager.locator('[data-flash="aids"]').getByText("Hjælpemidlet er bevilget.")).toBeFocused();
  await expectNoSeriousA11yViolations(manager);
  await managerContext.close();

  // The full history in English: labels and formatted values, no raw field names or ISO days.
  const url = new URL(page.url());
  await page.context().addCookies([{ name: "locale", value: "en", domain: url.hostname, path: "/" }]);
  await page.goto(casePath);
  await page.getByText(/^Show full history/).click();
  const history = page.getByRole("table", { name: /^History/ });
  await expect(history).toBeVisible();
  const text = await history.innerText();
  for (const raw of ["visitedOn", "visitationCategory", "firstAbsenceDay", "diagnosisGroup"]) expect(text).not.toContain(raw);
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  const [y, m, d] = isoToday().split("-");
  await expect(history.getByRole("row").filter({ hasText: "Category set" }).first()).toContainText(`Category set on: `);
  await expect(history).toContainText(`Category: Category 2 → Category 2`);
  await expect(history).toContainText(`${d}/${m}/${y}`);
  await expectNoSeriousA11yViolations(page);
});
