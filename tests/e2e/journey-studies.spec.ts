// Issue 14, effect evaluation: a manager defines a randomised study, a new case is allocated at its
// first held follow-up conversation (the caseworker sees the arm and what it means), and the
// manager sees the curves, the balance table, the registration balance and the reading of the
// seeded demo study, and downloads its results as CSV. axe on every study page. The caseworker
// annotates the allocation (it cannot be changed).
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { loginAs, logout } from "./support/login";

const STUDY = `Tidlig indsats E2E ${Date.now()}`;

test("manager creates a study → a new case is allocated at its first follow-up → manager sees curves and balance", async ({ page }) => {
  test.setTimeout(240_000);
  await loginAs(page, "manager");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Effektundersøgelser" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Effektundersøgelser" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Define the study: randomised, all diagnosis groups, 1:1, starting today.
  await page.getByRole("textbox", { name: "Navn" }).fill(STUDY);
  await page.getByRole("textbox", { name: "Spørgsmål" }).fill("Kommer borgerne hurtigere tilbage med et tværfagligt team?");
  await page.getByRole("textbox", { name: "Indsatsen" }).fill("Tværfagligt team fra første samtale");
  await page.getByRole("textbox", { name: "Planlagt antal deltagere" }).fill("200");
  await page.getByRole("textbox", { name: /Forventet effekt/ }).fill("14");
  await page.locator("summary").filter({ hasText: "Opret undersøgelse" }).click();
  await page.getByRole("button", { name: "Ja, opret og start undersøgelsen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Undersøgelsen er oprettet" })).toBeVisible();
  const list = page.getByRole("table", { name: "Kommunens effektundersøgelser" });
  await expect(list.getByRole("row").filter({ hasText: STUDY })).toContainText("Kører");
  await expectNoSeriousA11yViolations(page);
  await logout(page);

  // The caseworker records the first follow-up conversation of a new case: the case enters the study.
  await loginAs(page, "caseworker");
  const row = page.getByRole("table").getByRole("row").filter({ hasText: "Første opfølgningssamtale" }).first();
  await row.getByRole("link").first().click();
  await page.locator("summary").filter({ hasText: "Registrér afholdt opfølgning" }).click();
  const form = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Gem opfølgning" }) })
    .first();
  await form.getByLabel("Resumé af samtalen").fill("Første samtale. Borgeren er motiveret for en gradvis tilbagevenden.");
  await form.getByRole("button", { name: "Gem opfølgning" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Opfølgningen er registreret" })).toBeVisible();
  const box = page.getByRole("region", { name: "Effektundersøgelse" });
  // The case enters every running study whose population it belongs to (here also the seeded demo study).
  const entry = box.locator("div").filter({ has: page.getByText(`Sagen kom med i «${STUDY}»`) });
  await expect(entry).toHaveCount(1);
  await expect(entry.getByText(/Lodtrækningen placerede borgeren i (indsatsgruppen|kontrolgruppen)/)).toHaveCount(1);
  await expect(entry.getByText(/Fordelingen kan ikke ændres/)).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  // The allocation cannot change, but it can be annotated (kept in its history).
  await entry.getByRole("textbox", { name: "Bemærkning til fordelingen" }).fill("Borgeren er orienteret om sin gruppe.");
  await entry.getByRole("button", { name: "Tilføj bemærkning" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Bemærkningen er gemt." })).toBeVisible();
  await expect(entry.getByRole("listitem").filter({ hasText: "Borgeren er orienteret om sin gruppe." })).toBeVisible();
  await logout(page);

  // The manager: the new study shows one participant as "< 5" and no comparison yet.
  await loginAs(page, "manager");
  await page.goto("/studies");
  await page.getByRole("link", { name: `Se resultater for ${STUDY}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: STUDY })).toBeVisible();
  const notYet = "Grupperne sammenlignes først, når der er mindst 5 deltagere i hver.";
  await expect(page.getByRole("region", { name: "Effekt med usikkerhed" }).getByText(notYet)).toBeVisible();
  await expect(page.getByRole("region", { name: "Tid fra første fraværsdag" }).getByText(notYet)).toBeVisible();
  await expect(page.getByText(/Der er endnu for få deltagere/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The seeded demo study: balance table before the outcomes, registration balance, reading, curves.
  await page.getByRole("link", { name: "Tilbage til undersøgelserne" }).click();
  await page.getByRole("link", { name: "Se resultater for Tidlig tværfaglig indsats (demo)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tidlig tværfaglig indsats (demo)" })).toBeVisible({ timeout: 60_000 });
  const baseline = page.getByRole("table", { name: /Fordeling af baggrundsforhold i de to grupper ved start/ });
  await expect(baseline.getByRole("rowheader", { name: "Diagnosegruppe: Psykisk" })).toBeVisible();
  await expect(baseline.getByRole("columnheader", { name: "Standardiseret forskel" })).toBeVisible();
  const registration = page.getByRole("table", { name: /Registrering pr. gruppe/ });
  await expect(registration.getByRole("rowheader", { name: "Andel med fritagelse efter start" })).toBeVisible();
  const headings = await page.getByRole("heading", { level: 2 }).allInnerTexts();
  expect(headings.indexOf("Grupperne ved start (balance)")).toBeLessThan(headings.indexOf("Andel væk fra sygedagpenge efter start"));
  await expect(page.getByRole("region", { name: "Hvad viser resultatet?" })).toContainText(
    /Vi kan endnu ikke sige|kortere tid|længere tid/,
  );
  const curve = page.getByRole("region", { name: "Andel væk fra sygedagpenge efter start" });
  await expect(curve.locator("svg.recharts-surface").first()).toBeVisible();
  // The legend keeps one order in every language: intervention first (walk4 item 7; English below).
  const legend = page.locator(".recharts-legend-wrapper").first().locator(".recharts-legend-item-text");
  await expect(legend).toHaveText(["Indsatsgruppe", "Kontrolgruppe"]);
  const atRisk = curve.getByRole("table", { name: "Antal stadig på sygedagpenge pr. dag efter start" });
  await expect(atRisk.getByRole("rowheader", { name: "Indsatsgruppe" })).toBeVisible();
  await expect(atRisk.getByRole("rowheader", { name: "Kontrolgruppe" })).toBeVisible();
  const effect = page.getByRole("table", { name: /Forskelle mellem indsatsgruppen og kontrolgruppen/ });
  await expect(effect.getByRole("rowheader", { name: /Gennemsnitlig tid på sygedagpenge inden for \d+ dage/ })).toBeVisible();
  await expect(effect.getByRole("rowheader", { name: /Log-rank-test/ })).toBeVisible();
  // The outcomes from the first absence day, and the score changes: the demo has progress notes in both
  // arms, so both show how many have notes and their mean change (not "< 5").
  const fromFirstAbsence = page.getByRole("table", { name: /Median antal dage fra første fraværsdag/ });
  await expect(fromFirstAbsence.getByRole("rowheader", { name: "Væk fra sygedagpenge" })).toBeVisible();
  const scores = page.getByRole("table", { name: /Gennemsnitlig ændring pr. gruppe/ });
  const health = scores.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Selvvurderet helbred (1–5)" }) });
  await expect(health.getByRole("cell").filter({ hasText: /^\d+ med notater, ændring / })).toHaveCount(2);
  await expect(page.getByRole("region", { name: "Selvvurderet helbred og arbejdsevne" })).toContainText(
    /Vi kan endnu ikke sige, om indsatsen ændrer det selvvurderede helbred|Det selvvurderede helbred udviklede sig/,
  );
  await expectNoSeriousA11yViolations(page);

  // The CSV export holds the same aggregates.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Hent resultater (CSV)" }).click();
  const file = await (await download).path();
  const csv = fs.readFileSync(file, "utf8");
  expect(csv).toContain("Tidlig tværfaglig indsats (demo)");
  expect(csv).toContain("Indsatsgruppe");
  expect(csv).toContain("Selvvurderet helbred (1–5)");
  expect(csv).toContain("Væk fra sygedagpenge");

  await page.getByRole("button", { name: /^(Sprog|Language)\b/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tidlig tværfaglig indsats (demo)" })).toBeVisible({ timeout: 60_000 });
  await expect(legend).toHaveText(["Intervention group", "Control group"]);
  await page.getByRole("button", { name: /^(Sprog|Language)\b/ }).click();
  await expect(legend).toHaveText(["Indsatsgruppe", "Kontrolgruppe"]);
});
