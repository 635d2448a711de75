// A refused form comes back with what the user typed (values8, ADR 0033): with JavaScript off the
// form posts to its server action and the page is drawn again by the server; the error stands next
// to the bad field and every other field still holds the typed value. With JavaScript on the browser
// judges first and the typed values stay as they are. Registering a citizen (a CPR number with no
// valid birth date) and creating a meeting (neither place nor video link).
import { expect, test, type Page } from "@playwright/test";
import { contextWithoutJavaScript, loginAs } from "./support/login";

const inThreeDays = () => {
  const d = new Date(Date.now() + 3 * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Copenhagen" });
  return `${d}T10:30`;
};

async function refusedCitizen(page: Page) {
  await page.goto("/citizens/new");
  const lastName = `Værdi${Date.now() % 100000}`;
  await page.locator("#citizen-cpr").fill("3102701234"); // 31 February: no valid birth date
  await page.locator("#citizen-firstName").fill("Vera");
  await page.locator("#citizen-lastName").fill(lastName);
  await page.locator("#citizen-phone").fill("70101010");
  await page.locator("#citizen-email").fill("vera@example.dk");
  await page.locator("#citizen-address").fill("Torvet 1, 8000 Aarhus C");
  await page.locator("#citizen-employmentStatus").selectOption("UNEMPLOYED");
  await page.locator("#citizen-occupation").fill("Lagerarbejder");
  await page.getByRole("button", { name: "Opret borger" }).click();
  await page.waitForLoadState("load");

  await expect(page.locator("#citizen-cpr-error")).toHaveText("CPR-nummeret indeholder ikke en gyldig fødselsdato.");
  await expect(page.locator("#citizen-cpr")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#citizen-cpr")).toHaveValue("3102701234");
  await expect(page.locator("#citizen-firstName")).toHaveValue("Vera");
  await expect(page.locator("#citizen-lastName")).toHaveValue(lastName);
  await expect(page.locator("#citizen-phone")).toHaveValue("70101010");
  await expect(page.locator("#citizen-email")).toHaveValue("vera@example.dk");
  await expect(page.locator("#citizen-address")).toHaveValue("Torvet 1, 8000 Aarhus C");
  await expect(page.locator("#citizen-employmentStatus")).toHaveValue("UNEMPLOYED");
  await expect(page.locator("#citizen-occupation")).toHaveValue("Lagerarbejder");
  await expect(page).toHaveURL(/\/citizens\/new$/);
}

async function refusedMeeting(page: Page, withJavaScript: boolean) {
  await page.goto("/meetings");
  const form = page.getByRole("region", { name: "Opret møde" });
  const startsAt = inThreeDays();
  const title = `Rundbord ${Date.now() % 100000}`;
  // Without JavaScript the kind does not hide the weeks field at once; a single week is sent either way.
  await form.locator("#meeting-kind").selectOption("ROUNDTABLE");
  await form.locator("#meeting-title").fill(title);
  await form.locator("#meeting-starts").fill(startsAt);
  await form.locator("#meeting-duration").fill("90");
  const participants = form.getByRole("group", { name: "Deltagere fra forvaltningen" }).getByRole("checkbox");
  await participants.nth(1).check();
  await form.locator("#meeting-external").fill("Vera Hansen – borger\nLæge Jensen – egen læge");
  // Neither place nor video link: refused.
  await form.getByRole("button", { name: "Opret", exact: true }).click();
  await page.waitForLoadState("load");

  await expect(form.locator("#meeting-place-error")).toHaveText("Angiv et sted eller et videolink.");
  await expect(form.locator("#meeting-kind")).toHaveValue("ROUNDTABLE");
  await expect(form.locator("#meeting-title")).toHaveValue(title);
  await expect(form.locator("#meeting-starts")).toHaveValue(startsAt);
  await expect(form.locator("#meeting-duration")).toHaveValue("90");
  await expect(form.locator("#meeting-external")).toHaveValue("Vera Hansen – borger\nLæge Jensen – egen læge");
  await expect(participants.nth(1)).toBeChecked();
  await expect(participants.nth(0)).not.toBeChecked();
  if (!withJavaScript) {
    // The page came from the server: the kind that was sent hides the weeks field (one meeting).
    await expect(form.locator('input[type="hidden"][name="weeks"]')).toHaveValue("1");
  }
  // Corrected, the same form saves.
  await form.locator("#meeting-place").fill("Lokale 2");
  await form.getByRole("button", { name: "Opret", exact: true }).click();
  await page.waitForLoadState("load");
  await expect(page.getByText("Mødet er oprettet.")).toBeVisible();
}

const isoToday = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Copenhagen" });
const isoDaysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Copenhagen" });

/** A new citizen's case with an active return-to-work plan whose week 1 has begun (made with JavaScript); its RTW tab's path. */
async function caseWithActivePlan(page: Page): Promise<string> {
  await page.goto("/citizens/new");
  await page.getByLabel("CPR-nummer").fill(`020298-3${String(Date.now() % 1000).padStart(3, "0")}`);
  await page.getByLabel("Fornavn").fill("Vera");
  await page.getByLabel("Efternavn").fill(`Ugenote${Date.now() % 100000}`);
  await page.getByRole("button", { name: "Opret borger" }).click();
  await expect(page).toHaveURL(/\/citizens\/[0-9a-f-]{36}/);
  await page.getByLabel("Første fraværsdag").fill(isoDaysAgo(10));
  await page.getByLabel("Diagnosegruppe").selectOption("MUSCULOSKELETAL");
  await page.getByRole("button", { name: "Opret sag" }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  const rtwPath = `${new URL(page.url()).pathname}/rtw`;
  await page.goto(rtwPath);
  const rtw = page.getByRole("region", { name: "Optrapningsplan" });
  await rtw.getByLabel("Kontaktperson hos arbejdsgiveren").fill("Kim Boss, 70101010");
  await rtw.getByLabel("Første dag i planen").fill(isoToday());
  await rtw.getByRole("button", { name: "Opret plan" }).click();
  await expect(rtw.getByRole("status").filter({ hasText: "Optrapningsplanen er oprettet som kladde." })).toBeVisible();
  await rtw.getByRole("combobox", { name: "Status" }).selectOption("ACTIVE");
  await rtw.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(rtw.getByRole("status").filter({ hasText: "Planen er gemt." })).toBeVisible();
  return rtwPath;
}

/**
 * A new citizen whose correction form is open in `stale` (filled with an occupation) while `page`
 * (JavaScript on) saves a new phone number first; then `stale` saves: a conflict. Returns the citizen's path.
 */
async function conflictOnCorrection(page: Page, stale: Page): Promise<string> {
  await loginAs(page, "caseworker");
  await page.goto("/citizens/new");
  const serial = String(Date.now() % 1000).padStart(3, "0");
  await page.getByLabel("CPR-nummer").fill(`${String(10 + (Date.now() % 18))}0787-5${serial}`);
  await page.getByLabel("Fornavn").fill("Konflikt");
  await page.getByLabel("Efternavn").fill(`Værdi${serial}`);
  await page.getByRole("button", { name: "Opret borger" }).click();
  await expect(page).toHaveURL(/\/citizens\/[0-9a-f-]{36}/);
  const citizenPath = new URL(page.url()).pathname;

  await stale.goto(citizenPath);
  await stale.locator("summary").filter({ hasText: "Ret borgerens oplysninger" }).click();
  await stale.locator("#correct-citizen-occupation").fill("Pædagog");
  await stale.locator("#correct-citizen-reason").fill("Stillingen manglede.");

  await page.reload();
  await page.locator("summary").filter({ hasText: "Ret borgerens oplysninger" }).click();
  await page.locator("#correct-citizen-phone").fill("70202020");
  await page.locator("#correct-citizen-reason").fill("Nyt telefonnummer.");
  await page.getByRole("button", { name: "Gem rettelse" }).click();
  await expect(page.getByText("Rettelsen er gemt.").first()).toBeVisible();

  await stale.getByRole("button", { name: "Gem rettelse" }).click();
  await stale.waitForLoadState("load");
  return citizenPath;
}

/** After a conflict, Save again in `stale` is refused again (fix14 item 1): the other person's phone number stays. */
async function saveAgainIsAConflict(page: Page, stale: Page, citizenPath: string) {
  const summary = stale.locator("summary").filter({ hasText: "Ret borgerens oplysninger" });
  if ((await summary.locator("xpath=..").getAttribute("open")) === null) await summary.click();
  const alert = stale.getByRole("alert").filter({ hasText: "Oplysningerne er ændret af en anden" });
  await expect(alert).toBeVisible();
  // The fields still hold what the user sent (based on the record before the other change).
  await expect(stale.locator("#correct-citizen-occupation")).toHaveValue("Pædagog");
  await expect(stale.locator("#correct-citizen-phone")).not.toHaveValue("70202020");
  for (let i = 0; i < 2; i++) {
    // The answer of the post (without JavaScript the page, with JavaScript the server action's) is awaited.
    const answer = stale.waitForResponse((r) => r.request().method() === "POST");
    await stale.getByRole("button", { name: "Gem rettelse" }).click();
    await answer;
    await stale.waitForLoadState("load");
    if ((await summary.locator("xpath=..").getAttribute("open")) === null) await summary.click();
    await expect(alert).toBeVisible();
  }
  await page.goto(citizenPath);
  await expect(page.locator("dd").filter({ hasText: "70202020" })).toHaveCount(1);
  await expect(page.locator("dd").filter({ hasText: "Pædagog" })).toHaveCount(0);
}

test.describe("without JavaScript", () => {
  test("a refused RTW week note comes back as typed, marked invalid and described by its own error beside it (fix9 item 2)", async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    await loginAs(page, "caseworker");
    const rtwPath = await caseWithActivePlan(page);
    const ctx = await contextWithoutJavaScript(browser, "caseworker");
    try {
      const noJs = await ctx.newPage();
      await noJs.goto(rtwPath);
      const weeks = noJs.getByRole("table", { name: "Ugeplan med planlagte og faktiske timer" });
      const note = weeks.getByRole("textbox", { name: "Bemærkning til uge 1" });
      const hours = weeks.getByRole("textbox", { name: "Faktiske timer i uge 1" });
      // A reversed-text control character: refused by the note's text rules.
      const typed = "Vendt \u202E tekst";
      await hours.fill("12");
      await note.fill(typed);
      await weeks.getByRole("row").filter({ hasText: "Uge 1" }).getByRole("button", { name: /^Gem/ }).click();
      await noJs.waitForLoadState("load");
      await expect(note).toHaveValue(typed);
      await expect(note).toHaveAttribute("aria-invalid", "true");
      const describedBy = (await note.getAttribute("aria-describedby"))!;
      const error = noJs.locator(`[id="${describedBy}"]`);
      await expect(error).not.toBeEmpty();
      // The error stands in the note's own cell, not in the hours cell; the hours keep what was typed.
      const cell = note.locator("xpath=ancestor::td[1]");
      await expect(cell.locator(`[id="${describedBy}"]`)).toHaveCount(1);
      await expect(hours).toHaveValue("12");
      await expect(hours).not.toHaveAttribute("aria-invalid", "true");
      const hoursCell = hours.locator("xpath=ancestor::td[1]");
      await expect(hoursCell).not.toContainText(await error.innerText());
    } finally {
      await ctx.close();
    }
  });

  test("a refused new citizen comes back with the typed values and the CPR error", async ({ browser }) => {
    test.setTimeout(120_000);
    const ctx = await contextWithoutJavaScript(browser, "caseworker");
    try {
      await refusedCitizen(await ctx.newPage());
    } finally {
      await ctx.close();
    }
  });

  test("a refused new meeting comes back with the typed values, the checked participant and the error", async ({ browser }) => {
    test.setTimeout(120_000);
    const ctx = await contextWithoutJavaScript(browser, "coordinator");
    try {
      await refusedMeeting(await ctx.newPage(), false);
    } finally {
      await ctx.close();
    }
  });
});

test.describe("without JavaScript, a form of passwords", () => {
  test("a refused password change shows the error and sends back no password, in no field and nowhere in the page", async ({ browser }) => {
    test.setTimeout(120_000);
    const ctx = await contextWithoutJavaScript(browser, "caseworker");
    try {
      const page = await ctx.newPage();
      await page.goto("/account/password");
      await page.locator('input[name="currentPassword"]').fill("Gammel-Kode-Hemmelig-1");
      await page.locator('input[name="password"]').fill("Ny-Kode-Hemmelig-12345");
      await page.locator('input[name="confirm"]').fill("Ny-Kode-Hemmelig-1234X");
      const answer = page.waitForResponse((r) => r.request().method() === "POST");
      await page.getByRole("button", { name: "Skift adgangskode" }).click();
      const body = await (await answer).text();
      await page.waitForLoadState("load");
      await expect(page.getByText("De to adgangskoder er ikke ens.")).toBeVisible();
      for (const name of ["currentPassword", "password", "confirm"]) await expect(page.locator(`input[name="${name}"]`)).toHaveValue("");
      expect(body).not.toContain("Hemmelig");
      expect(await page.content()).not.toContain("Hemmelig");
    } finally {
      await ctx.close();
    }
  });
});

test.describe("without JavaScript, a conflict", () => {
  test("the reload link of a conflict shows the fresh record, and a save then succeeds (fix10 item 4)", async ({ browser, page }) => {
    test.setTimeout(180_000);
    // A citizen, corrected in a tab with JavaScript while a tab without has the correction form open:
    // the stale tab's save is a conflict; its reload is a link, which works without JavaScript.
    const ctx = await contextWithoutJavaScript(browser, "caseworker");
    try {
      const stale = await ctx.newPage();
      const citizenPath = await conflictOnCorrection(page, stale);
      await stale.locator("summary").filter({ hasText: "Ret borgerens oplysninger" }).click();
      const alert = stale.getByRole("alert").filter({ hasText: "Oplysningerne er ændret af en anden" });
      await expect(alert).toBeVisible();
      await alert.getByRole("link", { name: "Genindlæs siden" }).click();
      await stale.waitForLoadState("load");
      await expect(stale).toHaveURL(new RegExp(`${citizenPath}$`));
      await expect(stale.locator("dd").filter({ hasText: "70202020" })).toHaveCount(1);

      // The fresh page's form saves.
      await stale.locator("summary").filter({ hasText: "Ret borgerens oplysninger" }).click();
      await stale.locator("#correct-citizen-occupation").fill("Pædagog");
      await stale.locator("#correct-citizen-reason").fill("Stillingen manglede.");
      await stale.getByRole("button", { name: "Gem rettelse" }).click();
      await stale.waitForLoadState("load");
      await stale.goto(citizenPath);
      await expect(stale.locator("dd").filter({ hasText: "Pædagog" })).toHaveCount(1);
      await expect(stale.locator("dd").filter({ hasText: "70202020" })).toHaveCount(1);
    } finally {
      await ctx.close();
    }
  });

  test("after a conflict, Save again is a conflict again: the other person's change is not overwritten (fix14 item 1)", async ({
    browser,
    page,
  }) => {
    test.setTimeout(180_000);
    const ctx = await contextWithoutJavaScript(browser, "caseworker");
    try {
      const stale = await ctx.newPage();
      const citizenPath = await conflictOnCorrection(page, stale);
      await saveAgainIsAConflict(page, stale, citizenPath);
    } finally {
      await ctx.close();
    }
  });
});

test.describe("with JavaScript", () => {
  test("a refused new citizen keeps the typed values", async ({ page }) => {
    test.setTimeout(120_000);
    await loginAs(page, "caseworker");
    await refusedCitizen(page);
  });

  test("a refused new meeting keeps the typed values", async ({ page }) => {
    test.setTimeout(120_000);
    await loginAs(page, "coordinator");
    await refusedMeeting(page, true);
  });

  test("after a conflict, Save again is a conflict again: the other person's change is not overwritten (fix14 item 1)", async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    // A context of its own: the drafts kept in the browser (useDraft) are not shared with `page`.
    const ctx = await browser.newContext({ locale: "da-DK", timezoneId: "Europe/Copenhagen" });
    try {
      const stale = await ctx.newPage();
      await loginAs(stale, "caseworker");
      const citizenPath = await conflictOnCorrection(page, stale);
      await saveAgainIsAConflict(page, stale, citizenPath);
    } finally {
      await ctx.close();
    }
  });
});
