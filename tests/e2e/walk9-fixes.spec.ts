// Findings of walk9 in the browser: one current message on a page with several forms (item 3).
import { expect, test } from "@playwright/test";
import { loginAs } from "./support/login";

test("a new submission on the case page clears the other forms' earlier success messages (walk9 item 3)", async ({ page }) => {
  await loginAs(page, "caseworker");
  await page.goto("/citizens/new");
  const serial = String(Date.now() % 1000).padStart(3, "0");
  await page.getByLabel("CPR-nummer").fill(`030399-3${serial}`);
  await page.getByLabel("Fornavn").fill("Bodil");
  await page.getByLabel("Efternavn").fill("Beskedsen");
  await page.getByRole("button", { name: "Opret borger" }).click();
  await expect(page).toHaveURL(/\/citizens\/[0-9a-f-]{36}/);
  await page.getByLabel("Første fraværsdag").fill(new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10));
  await page.getByLabel("Diagnosegruppe").selectOption("MUSCULOSKELETAL");
  await page.getByRole("button", { name: "Opret sag" }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);

  const statusSaved = page.getByRole("status").filter({ hasText: "Status er ændret, og fristerne er opdateret." });
  const exemptionSaved = page.getByRole("status").filter({ hasText: "Fritagelsen er registreret" });
  const refused = page.getByRole("alert").filter({ hasText: "Formularen indeholder fejl" });

  // 1. "Skift status": a partial return with 18,5 hours (walk9 item 1: a decimal comma) is saved.
  const statusBox = page.locator("details").filter({ has: page.locator("summary", { hasText: "Skift status" }) });
  await statusBox.locator("summary").click();
  await statusBox.getByLabel("Ny status").selectOption("PARTIAL_RETURN");
  await statusBox.getByLabel("Arbejdstimer pr. uge").fill("18,5");
  await statusBox.getByRole("button", { name: "Gem status" }).click();
  await expect(statusSaved).toBeVisible();

  // 2. "Registrér fritagelse" sent without its fields is refused: the status message goes, one message stands.
  const exemptBox = page.locator("details").filter({ has: page.locator("summary", { hasText: "Registrér fritagelse" }) });
  await exemptBox.locator("summary").click();
  await exemptBox.getByRole("button", { name: "Gem fritagelse" }).click();
  await expect(refused).toBeVisible();
  await expect(statusSaved).toHaveCount(0);

  // 3. Filled in and saved: only the exemption's message.
  const untilIso = new Date(Date.now() + 20 * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Copenhagen" });
  await exemptBox.getByLabel("Årsag til fritagelsen").selectOption("IMMINENT_RETURN");
  await exemptBox.getByLabel("Fritaget til og med").fill(untilIso);
  await exemptBox.getByRole("button", { name: "Gem fritagelse" }).click();
  await expect(exemptionSaved).toBeVisible();
  await expect(refused).toHaveCount(0);
  await expect(statusSaved).toHaveCount(0);
});

test("every month of a dashboard figure is labelled on its chart's x-axis (walk9 item 6)", async ({ page }) => {
  test.setTimeout(180_000);
  await loginAs(page, "manager");
  await page.goto("/dashboard");
  const panel = page.locator("article.kpi-panel").first();
  await expect(panel.locator("svg.recharts-surface")).toBeVisible({ timeout: 60_000 });
  await panel.getByText("Vis tallene som tabel").click();
  // The panel's table has one row per month; the axis one label per month.
  const months = await panel.locator("table").first().locator("tbody th[scope=row]").count();
  expect(months).toBeGreaterThanOrEqual(12);
  // Recharts draws the tick labels in a layer of their own: the month labels ("sep. 26") are told from
  // the y-axis numbers by their text.
  await expect(panel.locator("svg .recharts-cartesian-axis-tick-value").filter({ hasText: /^\p{L}+\.? \d{2}$/u })).toHaveCount(months);
});
