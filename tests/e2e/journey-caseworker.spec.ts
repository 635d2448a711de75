// Journey 1 (SPEC §5), caseworker, up to "the next due date appears": from My cases, a held
// follow-up is recorded in at most 5 user actions, and the case header shows the new next
// deadline. Also: the worklist's filters work without JavaScript, a citizen is registered and a
// case opened, and an invalid CPR number gets its message next to the field. axe runs on every
// page visited.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { loginAs } from "./support/login";
import { openCaseForCitizen, registerCitizen } from "./support/citizens";

/** Counts what the user does (clicks, typing into a field, choosing an option). */
function actionCounter() {
  let n = 0;
  return {
    get count() {
      return n;
    },
    click: async (l: Locator) => {
      n++;
      await l.click();
    },
    fill: async (l: Locator, value: string) => {
      n++;
      await l.fill(value);
    },
  };
}

const nextDeadline = (page: Page) => page.getByTestId("next-deadline");

test("caseworker records a held follow-up from My cases in at most 5 actions and sees the new next due date", async ({ page }) => {
  await loginAs(page, "caseworker");
  await expect(page.getByRole("heading", { level: 1, name: "Mine sager" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Åbne sager efter frist" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The worklist is sorted by urgency: overdue rows come before the others.
  const rows = page.getByRole("table").getByRole("row");
  const states = (await rows.allInnerTexts())
    .slice(1)
    .map((t) => (t.includes("Overskredet") ? 0 : t.includes("Inden for 7 dage") ? 1 : t.includes("I god tid") ? 2 : 3));
  expect([...states].sort((a, b) => a - b)).toEqual(states);

  // A case whose first follow-up conversation is the next deadline.
  const row = rows.filter({ hasText: "Første opfølgningssamtale" }).first();
  await expect(row).toBeVisible();
  const name = (await row.getByRole("link").first().innerText()).trim();

  const user = actionCounter();
  await user.click(row.getByRole("link", { name })); // 1: open the case
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  // The browser tab names the citizen (uxfix item 3).
  await expect(page).toHaveTitle(`${name} · Sag · Samspil`);
  const before = (await nextDeadline(page).innerText()).trim();
  expect(before).toContain("Første opfølgningssamtale");
  await expectNoSeriousA11yViolations(page);

  await user.click(page.locator("summary").filter({ hasText: "Registrér afholdt opfølgning" })); // 2: open the form
  const form = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Gem opfølgning" }) })
    .first();
  // Prefilled: now, in person, citizen and caseworker.
  await expect(form.getByLabel("Samtaleform")).toHaveValue("IN_PERSON");
  await expect(form.getByRole("checkbox", { name: "Borger" })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: "Sagsbehandler" })).toBeChecked();
  await expect(form.getByLabel("Afholdt (dato og tid)")).not.toHaveValue("");
  await user.fill(form.getByLabel("Resumé af samtalen"), "Borgeren har det bedre og træner to gange om ugen. Drøftet delvis opstart."); // 3: fill
  await user.click(form.getByRole("button", { name: "Gem opfølgning" })); // 4: save

  await expect(page.getByRole("status").filter({ hasText: "Opfølgningen er registreret" })).toBeVisible();
  await expect(nextDeadline(page)).not.toHaveText(before);
  await expect(nextDeadline(page)).toContainText(/\d{2}\.\d{2}\.\d{4}/);
  expect(user.count).toBeLessThanOrEqual(5);

  // The conversation is on the case: in the list and in the timeline.
  const conversations = page.getByRole("list", { name: "Sagens opfølgningssamtaler, nyeste først" });
  await expect(
    conversations.getByRole("definition").filter({ hasText: "Borgeren har det bedre og træner to gange om ugen." }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Sagsforløb" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("the worklist filters post and come back as a bookmarkable URL, without JavaScript too", async ({ browser, page }) => {
  await loginAs(page, "caseworker");
  const state = await page.context().storageState();
  const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: state, locale: "da-DK" });
  let filteredUrl = "";
  try {
    const p = await noJs.newPage();
    await p.goto("/cases");
    await p.getByLabel("Fristens tilstand").selectOption("OVERDUE");
    await p.getByRole("button", { name: "Vis", exact: true }).click();
    await expect(p).toHaveURL(/state=OVERDUE/);
    const rows = p.getByRole("table").getByRole("row");
    const texts = (await rows.allInnerTexts()).slice(1);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).toContain("Overskredet");
    await expect(p.getByLabel("Fristens tilstand")).toHaveValue("OVERDUE");
    filteredUrl = p.url();
  } finally {
    await noJs.close();
  }
  // axe needs JavaScript in the page: the same filtered page, checked in the normal context.
  await page.goto(filteredUrl);
  await expectNoSeriousA11yViolations(page);
});

test("a citizen with an invalid CPR number is refused next to the field; a valid one is registered and a case opened", async ({ page }) => {
  await loginAs(page, "caseworker");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Borgere" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Borgere" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Ny borger" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Opret borger" })).toBeVisible();
  const cpr = page.getByLabel("CPR-nummer");
  await cpr.fill("310280-1234");
  await page.getByLabel("Fornavn").fill("Ida");
  await page.getByLabel("Efternavn").fill("Testesen");
  await page.getByRole("button", { name: "Opret borger" }).click();
  await expect(cpr).toHaveAttribute("aria-invalid", "true");
  await expect(cpr).toHaveAccessibleDescription(/CPR-nummeret indeholder ikke en gyldig fødselsdato/);
  await expect(page.getByRole("alert").filter({ hasText: "Formularen indeholder fejl" })).toBeVisible();
  await expect(page).toHaveURL(/\/citizens\/new$/);
  await expectNoSeriousA11yViolations(page);

  await cpr.fill("abc");
  await page.getByRole("button", { name: "Opret borger" }).click();
  await expect(cpr).toHaveAccessibleDescription(/10 cifre/);

  // A valid, unused number (born 1 January 1999, serial 3 → 1900s).
  const serial = String(Date.now() % 1000).padStart(3, "0");
  await cpr.fill(`010199-3${serial}`);
  await page.getByRole("button", { name: "Opret borger" }).click();
  await expect(page).toHaveURL(/\/citizens\/[0-9a-f-]{36}/);
  await expect(page.getByRole("heading", { level: 1, name: "Ida Testesen" })).toBeVisible();
  await expect(page.getByText("010199-xxxx", { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The case form is open right after registering.
  await openCaseForCitizen(page, 10);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ida Testesen");
  await expect(nextDeadline(page)).toContainText(/\d{2}\.\d{2}\.\d{4}/);
  await expectNoSeriousA11yViolations(page);
});

// walk4 items 4 and 2: an exempt case says so in its My cases row; voiding a case says so where the
// user lands (the citizen's page). Both in Danish and English.
test("an exemption shows in the My cases row; voiding the case shows a confirmation on the citizen's page", async ({ page }) => {
  await loginAs(page, "caseworker");
  const serial = String(Date.now() % 1000).padStart(3, "0");
  await registerCitizen(page, { cpr: `020299-3${serial}`, firstName: "Vera", lastName: "Annulleresen" });
  await openCaseForCitizen(page, 5);
  const caseUrl = page.url();

  // walk4 item 4: an exemption from follow-up shows in the case's row on My cases (text), in Danish and English.
  const until = new Date(Date.now() + 20 * 86_400_000);
  const untilIso = until.toLocaleDateString("sv-SE", { timeZone: "Europe/Copenhagen" });
  const untilDa = untilIso.split("-").reverse().join(".");
  const exemptBox = page.locator("details").filter({ has: page.locator("summary", { hasText: "Registrér fritagelse" }) });
  await exemptBox.locator("summary").click();
  await exemptBox.getByLabel("Årsag til fritagelsen").selectOption("IMMINENT_RETURN");
  await exemptBox.getByLabel("Fritaget til og med").fill(untilIso);
  await exemptBox.getByRole("button", { name: "Gem fritagelse" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Fritagelsen er registreret" })).toBeVisible();
  await page.goto("/cases");
  await page.getByRole("searchbox", { name: "Søg" }).fill("Vera Annulleresen");
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  // This run's case (a retry may find an earlier run's Vera too).
  const ofCase = page.locator(`a[href="${new URL(caseUrl).pathname}"]`);
  const row = page.getByRole("table", { name: "Mine sager" }).getByRole("row").filter({ has: ofCase });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`Fritaget for opfølgning til og med ${untilDa}`);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: /^(Sprog|Language)\b/ }).click();
  await expect(page.getByRole("table", { name: "My cases" }).getByRole("row").filter({ has: ofCase })).toContainText(
    "Exempt from follow-up until",
  );
  await page.getByRole("button", { name: /^(Sprog|Language)\b/ }).click();
  await expect(row).toContainText("Fritaget for opfølgning");
  await page.goto(caseUrl);

  const voidBox = page.locator("details").filter({ has: page.locator("summary", { hasText: "Annullér sagen" }) });
  await voidBox.locator("summary").click();
  await voidBox.getByLabel("Hvorfor annulleres sagen?").fill("Oprettet ved en fejl (e2e)");
  await voidBox.getByRole("button", { name: "Annullér sagen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sagen er annulleret." })).toBeVisible();
  // Said once: the ?voided=1 that carried it leaves the URL (fix13 item 3); the language switch below keeps it.
  await expect(page).toHaveURL(/\/citizens\/[0-9a-f-]{36}$/);
  await expectNoSeriousA11yViolations(page);

  await page
    .getByRole("button", { name: /^(Sprog|Language)\b/ })
    .first()
    .click();
  await expect(page.getByRole("status").filter({ hasText: "The case is voided." })).toBeVisible();
  await page
    .getByRole("button", { name: /^(Sprog|Language)\b/ })
    .first()
    .click();
  await expect(page.getByRole("status").filter({ hasText: "Sagen er annulleret." })).toBeVisible();
});
