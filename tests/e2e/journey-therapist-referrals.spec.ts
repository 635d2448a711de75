// Journey 2 (first part): the visitator's referral inbox → a received referral → accept, wait-list
// (queue position shown), reject with a required reason, assign a therapist by matching; the
// programme catalogue. And the caseworker's referral with the eligibility checklist. axe on every page.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_PASSWORD, ROLES, contextWithoutJavaScript, loginAs, submitLogin } from "./support/login";

// The first sign-in after the server starts opens the embedded database and the password hasher,
// which can take longer than loginAs waits; do it once here, patiently, so the journeys measure the app.
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto("/login");
  await submitLogin(page, ROLES.visitator.email, DEMO_PASSWORD);
  await page.waitForURL(/\/health/, { timeout: 90_000 });
  await page.close();
});

async function openInboxFiltered(page: Page, status: string) {
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Henvisninger", exact: true }).click();
  await expect(page).toHaveURL(/\/referrals$/);
  await expect(page.getByRole("heading", { level: 1, name: "Henvisninger" })).toBeVisible();
  await page.getByRole("combobox", { name: "Status", exact: true }).selectOption({ label: status });
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page).toHaveURL(/status=/);
}

test("the visitator triages received referrals from the inbox", async ({ page }) => {
  await loginAs(page, "visitator");
  await openInboxFiltered(page, "Modtaget");
  await expectNoSeriousA11yViolations(page);
  const links = page.getByRole("table").getByRole("link");
  expect(await links.count()).toBeGreaterThanOrEqual(2);

  // Accept the first received referral.
  const name = (await links.first().innerText()).trim();
  await links.first().click();
  await expect(page).toHaveURL(/\/referrals\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(page.getByRole("heading", { name: "Visitationskriterier besvaret af jobcentret" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Godkend", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Henvisningen er godkendt." })).toBeVisible();
  const facts = page.getByRole("region", { name: "Henvisningen" });
  await expect(facts.getByText("Godkendt", { exact: true })).toBeVisible();

  // Then wait-list it: the queue position appears. A stated reason is needed while places are free.
  await page.getByLabel("Begrundelse eller bemærkning").fill("Borgeren ønsker at starte på næste hold");
  await page.getByRole("button", { name: "Sæt på venteliste" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Borgeren er sat på venteliste." })).toBeVisible();
  await expect(facts.getByText(/^Nr\. \d+$/)).toBeVisible();
  const history = page.getByRole("region", { name: "Henvisningens historik" });
  await expect(history.getByRole("cell", { name: "Modtaget → Godkendt" })).toBeVisible();
  await expect(history.getByRole("cell", { name: "Godkendt → På venteliste" })).toBeVisible();

  // Assign the therapist ranked by matching.
  const assign = page.getByRole("region", { name: "Tildel terapeut" });
  await assign.getByRole("radio").first().check();
  await assign.getByRole("button", { name: "Tildel terapeut" }).click();
  await expect(assign.getByRole("status").filter({ hasText: "Terapeuten er tildelt." })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Reject another one: the reason is required and the message sits next to the field.
  await openInboxFiltered(page, "Modtaget");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/referrals\/[0-9a-f-]{36}$/);
  await page
    .locator("summary")
    .filter({ hasText: /^›?\s*Afvis$/ })
    .click();
  await page.getByRole("button", { name: "Ja, afvis henvisningen" }).click();
  const reason = page.getByRole("textbox", { name: "Begrundelse eller bemærkning", exact: true });
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Angiv en begrundelse.")).toBeVisible();
  await reason.fill("Borgeren er under udredning til operation; genhenvis efter afklaring.");
  // The confirmation step stays open after the refusal (the focus is on the field): confirm again.
  await page.getByRole("button", { name: "Ja, afvis henvisningen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Henvisningen er afvist." })).toBeVisible();
  await expect(page.getByText("Henvisningen er afsluttet. Der er ingen flere handlinger.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("the programme catalogue shows capacity use and the waiting list", async ({ page }) => {
  await loginAs(page, "visitator");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Tilbud", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tilbudsvifte" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("table").getByRole("link", { name: "Rygskole", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rygskole" })).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: "Pladser i brug" })).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: "Borgere på venteliste" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Historik" }).getByText("Ny takst i aftalen med jobcentret for 2026")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Ret tilbud" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ret tilbud: Rygskole" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Kriterium 1" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Correct it: one more place, the last criterion replaced by a new one; the history keeps both.
  const capacity = page.getByRole("textbox", { name: /Kapacitet/ });
  const places = Number(await capacity.inputValue()) + 1;
  await capacity.fill(String(places));
  const rows = page.getByRole("group", { name: /^Kriterium \d+$/ });
  const count = await rows.count();
  await page.getByRole("button", { name: `Fjern kriterium ${count}` }).click();
  await page.getByRole("button", { name: "Tilføj kriterium" }).click();
  const added = page.getByRole("group", { name: `Kriterium ${count}` });
  await added.getByRole("textbox", { name: "Tekst" }).fill(`Borgeren kan møde kl. 8 (${places})`);
  await added.getByRole("checkbox", { name: "Påkrævet" }).check();
  await page.getByRole("textbox", { name: "Årsag til rettelsen" }).fill(`Flere pladser fra næste modul (${places})`);
  await page.getByRole("button", { name: "Gem rettelser" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rygskole" })).toBeVisible();
  const history = page.getByRole("region", { name: "Historik" });
  await expect(history.getByText(`Flere pladser fra næste modul (${places})`)).toBeVisible();
  await expect(page.getByRole("region", { name: "Visitationskriterier" }).getByText(`Borgeren kan møde kl. 8 (${places})`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("the caseworker refers a citizen; a required 'No' is flagged next to the item", async ({ page }) => {
  await loginAs(page, "caseworker");
  await page.goto("/cases");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  await page.goto(`${page.url()}/referrals`);
  await expect(page.getByRole("heading", { name: "Henvis til et tilbud" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A programme the case has no referral to yet (the test can run again on the same database).
  const list = page.getByRole("region", { name: "Sagens henvisninger" });
  const candidates = [
    "Patientuddannelse om ryg og nakke",
    "Job og helbred",
    "Skulderforløb",
    "Rygskole",
    "Stresshåndtering og mindfulness",
  ];
  let programme = "";
  for (const c of candidates) {
    if ((await list.getByRole("link", { name: c, exact: true }).count()) === 0) {
      programme = c;
      break;
    }
  }
  expect(programme).not.toBe("");
  await page.getByRole("combobox", { name: "Tilbud", exact: true }).selectOption({ label: programme });
  const checklist = page.getByRole("group", { name: `Visitationskriterier for ${programme}` });
  const first = checklist.getByRole("group").first();
  await first.getByRole("radio", { name: "Nej" }).check();
  await expect(first.getByText(/Kriteriet er påkrævet/)).toBeVisible();
  await page
    .getByRole("textbox", { name: "Begrundelse for henvisningen", exact: true })
    .fill("Nakkesmerter; ønsker redskaber til at vende tilbage til kontorarbejdet.");
  const groups = checklist.getByRole("group");
  for (let i = 1; i < (await groups.count()); i++) await groups.nth(i).getByRole("radio", { name: "Ja" }).check();
  await page.getByRole("button", { name: "Send henvisning" }).click();
  await expect(page.getByText("Skriv en begrundelse for undtagelsen, eller ret svarene på de påkrævede kriterier.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await first.getByRole("radio", { name: "Ja" }).check();
  await page.getByRole("button", { name: "Send henvisning" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Henvisningen er sendt til sundhedscentret." })).toBeVisible();
  await expect(list.getByRole("link", { name: programme, exact: true })).toBeVisible();
});

test("without JavaScript the referral's buttons work: accept, then return the citizen through the confirmation step (small8 item 6)", async ({
  page,
  browser,
}) => {
  // The path of a received referral (the last in the inbox: the journey above takes the first ones).
  await loginAs(page, "visitator");
  await openInboxFiltered(page, "Modtaget");
  const href = await page.getByRole("table").getByRole("link").last().getAttribute("href");
  expect(href).toMatch(/^\/referrals\/[0-9a-f-]{36}$/);
  const ctx = await contextWithoutJavaScript(browser, "visitator");
  try {
    const noJs = await ctx.newPage();
    await noJs.goto(href!);
    const facts = noJs.getByRole("region", { name: "Henvisningen" });
    const history = noJs.getByRole("region", { name: "Henvisningens historik" });
    // "Godkend" posts the form with its own value (no click handler fills a hidden field).
    await noJs.getByRole("button", { name: "Godkend", exact: true }).click();
    await noJs.waitForLoadState("load");
    await expect(facts.getByText("Godkendt", { exact: true })).toBeVisible();
    await expect(history.getByRole("cell", { name: "Modtaget → Godkendt" })).toBeVisible();

    // Returning the citizen: the step opens natively, its real button posts "return" with the reason.
    await noJs.getByRole("textbox", { name: "Begrundelse eller bemærkning", exact: true }).fill("Borgeren er kommet i behandling først.");
    await noJs.locator("details#transition-return-step summary").click();
    await noJs.getByRole("button", { name: "Ja, tilbagevisitér borgeren" }).click();
    await noJs.waitForLoadState("load");
    await expect(history.getByRole("cell", { name: "Godkendt → Tilbagevisiteret" })).toBeVisible();
    await expect(noJs.getByText("Henvisningen er afsluttet. Der er ingen flere handlinger.")).toBeVisible();
  } finally {
    await ctx.close();
  }
  // The same state with JavaScript.
  await page.goto(href!);
  await expect(
    page.getByRole("region", { name: "Henvisningens historik" }).getByRole("cell", { name: "Godkendt → Tilbagevisiteret" }),
  ).toBeVisible();
});
