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
