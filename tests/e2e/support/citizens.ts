// Registering a citizen and opening a case through the app's forms, as a signed-in caseworker.
import { expect, type Page } from "@playwright/test";

/** Fills and submits the new-citizen form, waits for the citizen's page and returns its path. */
export async function registerCitizen(page: Page, citizen: { cpr: string; firstName: string; lastName: string }): Promise<string> {
  await page.goto("/citizens/new");
  await page.getByLabel("CPR-nummer").fill(citizen.cpr);
  await page.getByLabel("Fornavn").fill(citizen.firstName);
  await page.getByLabel("Efternavn").fill(citizen.lastName);
  await page.getByRole("button", { name: "Opret borger" }).click();
  await expect(page).toHaveURL(/\/citizens\/[0-9a-f-]{36}/);
  return new URL(page.url()).pathname;
}

/**
 * On a citizen's page (its case form open), opens a musculoskeletal case whose first absence day was
 * `daysAgo` Danish days ago; waits for the case page and returns its path.
 */
export async function openCaseForCitizen(page: Page, daysAgo: number): Promise<string> {
  const firstAbsence = new Date(Date.now() - daysAgo * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Copenhagen" });
  await page.getByLabel("Første fraværsdag").fill(firstAbsence);
  await page.getByLabel("Diagnosegruppe").selectOption("MUSCULOSKELETAL");
  await page.getByRole("button", { name: "Opret sag" }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

/**
 * On a citizen's page, records a written consent in both directions between the departments for
 * `purpose`, up to and including the Danish day `lastDayIso`, and waits for its message.
 */
export async function recordConsentBothWays(page: Page, purpose: string, lastDayIso: string): Promise<void> {
  const panel = page.getByRole("region", { name: "Samtykke" });
  await panel.locator("summary").filter({ hasText: "Registrér samtykke" }).click();
  const form = panel.locator("form").first();
  await form.getByRole("checkbox", { name: /^Sundhedscenter → jobcenter/ }).check();
  await form.getByRole("checkbox", { name: /^Jobcenter → sundhedscenter/ }).check();
  await form.getByRole("radio", { name: "Skriftligt" }).check();
  await form.getByRole("textbox", { name: "Formål" }).fill(purpose);
  await form.getByRole("textbox", { name: "Gælder til og med" }).fill(lastDayIso);
  await form.getByRole("button", { name: "Registrér samtykke" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Samtykket er registreret." })).toHaveText("Samtykket er registreret.");
}

/**
 * The other side's sentence when no consent is in force: never registered, revoked or ended
 * (JobcenterCaseLinks and the case's Genoptræning tab name a stopped consent with its day; walk10).
 */
export const NO_CONSENT_IN_FORCE = /Der er ikke registreret samtykke\.|Samtykket er tilbagekaldt|Samtykket gjaldt til og med/;
