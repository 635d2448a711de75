// Issue 14, matched comparison in the product: a manager defines a MATCHED study whose intervention is
// a programme of the catalogue (looking back 540 days over the seeded municipality), opens its results
// and sees how the groups were formed and the balance table (before and after matching) BEFORE any
// outcome; the outcomes appear only when asked for, below the balance. axe on every page.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { loginAs } from "./support/login";

const STUDY = `Rygskole matchet E2E ${Date.now()}`;

/** ISO day `n` days from the ISO day `iso` (UTC arithmetic on calendar days). */
const shiftIso = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

test("manager creates a MATCHED study with a programme → sees the balance table before the outcomes", async ({ page }) => {
  test.setTimeout(240_000);
  await loginAs(page, "manager");
  await page.goto("/studies");
  await expect(page.getByRole("heading", { level: 1, name: "Effektundersøgelser" })).toBeVisible();

  await page.getByRole("textbox", { name: "Navn" }).fill(STUDY);
  await page.getByRole("textbox", { name: "Spørgsmål" }).fill("Kommer borgere, der har gået på rygskole, hurtigere væk fra sygedagpenge?");
  await page
    .getByRole("group", { name: "Tilbud, der er indsatsen" })
    .getByRole("checkbox", { name: "Rygskole (Syd)", exact: true })
    .check();
  await page.getByLabel("Design").selectOption({ label: "Matchet sammenligning" });
  const start = page.getByRole("textbox", { name: "Start", exact: true });
  const today = await start.inputValue();
  await start.fill(shiftIso(today, -540));
  await page.getByRole("textbox", { name: "Planlagt afslutning" }).fill(shiftIso(today, 30));
  await page.getByRole("textbox", { name: "Planlagt antal deltagere" }).fill("200");
  await page.locator("summary").filter({ hasText: "Opret undersøgelse" }).click();
  await page.getByRole("button", { name: "Ja, opret og start undersøgelsen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Undersøgelsen er oprettet" })).toBeVisible();
  const row = page.getByRole("table", { name: "Kommunens effektundersøgelser" }).getByRole("row").filter({ hasText: STUDY });
  await expect(row).toContainText("Matchet sammenligning");
  await expectNoSeriousA11yViolations(page);

  // A matched study without a programme is refused next to the field.
  await page.getByRole("textbox", { name: "Navn" }).fill(`${STUDY} uden tilbud`);
  await page.getByRole("textbox", { name: "Spørgsmål" }).fill("Virker det?");
  await page.getByRole("textbox", { name: "Indsatsen som arbejdsform" }).fill("Særligt team");
  await page.getByLabel("Design").selectOption({ label: "Matchet sammenligning" });
  await page.getByRole("textbox", { name: "Planlagt antal deltagere" }).fill("200");
  await page.locator("summary").filter({ hasText: "Opret undersøgelse" }).click();
  await page.getByRole("button", { name: "Ja, opret og start undersøgelsen" }).click();
  await expect(page.getByText("Matchet sammenligning kræver mindst ét tilbud")).toBeVisible();

  // The results: the definition names the programme; the groups and the balance come first.
  await page.getByRole("link", { name: `Se resultater for ${STUDY}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: STUDY })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("region", { name: "Om undersøgelsen" })).toContainText("Rygskole (Syd)");
  const matching = page.getByRole("table", { name: "Sager i matchningen" });
  await expect(matching.getByRole("rowheader", { name: "Matchede par" })).toBeVisible();
  const baseline = page.getByRole("table", { name: /Baggrundsforhold i de matchede grupper/ });
  await expect(baseline.getByRole("columnheader", { name: "Standardiseret forskel før matchning" })).toBeVisible();
  await expect(baseline.getByRole("columnheader", { name: "Standardiseret forskel efter matchning" })).toBeVisible();
  await expect(baseline.getByRole("columnheader", { name: "Sammenligningsgruppe" })).toBeVisible();
  await expect(baseline.getByRole("rowheader", { name: /Uger på sygedagpenge ved start/ })).toBeVisible();
  // No outcome yet: no reading, no curve, no effect table, no CSV.
  await expect(page.getByRole("region", { name: "Hvad viser resultatet?" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Andel væk fra sygedagpenge efter start" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Hent resultater (CSV)" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Asked for, the outcomes appear below the balance.
  await page.getByRole("link", { name: "Jeg har set balancen – vis resultaterne" }).click();
  await expect(page.getByRole("region", { name: "Hvad viser resultatet?" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("region", { name: "Hvad viser resultatet?" })).toContainText("matchning, ikke ved lodtrækning");
  const headings = await page.getByRole("heading", { level: 2 }).allInnerTexts();
  const balanceAt = headings.indexOf("Grupperne ved start (balance)");
  expect(balanceAt).toBeGreaterThan(-1);
  expect(headings.indexOf("Sådan er grupperne dannet")).toBeLessThan(balanceAt);
  expect(balanceAt).toBeLessThan(headings.indexOf("Hvad viser resultatet?"));
  expect(balanceAt).toBeLessThan(headings.indexOf("Andel væk fra sygedagpenge efter start"));
  await expectNoSeriousA11yViolations(page);
});
