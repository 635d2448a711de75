// Registering a citizen through the app's form, as a signed-in caseworker.
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
