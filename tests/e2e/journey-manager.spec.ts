// Journey 3 (SPEC §5), the manager's board meeting: the dashboard → a target set → filters by
// month, department, programme and diagnosis group → values beside targets → the board pack
// printed to PDF by Chromium (A4, pages counted) → CSV and Excel downloads (the Excel file opened
// with exceljs and a value checked against the dashboard). axe on every page.
import fs from "node:fs";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { ROLES, DEMO_PASSWORD, submitLogin } from "./support/login";

/** The summary row of a figure on the dashboard: its value and target cells. */
function summaryRow(page: Page, name: string) {
  return page
    .getByRole("table", { name: /^Nøgletal for .* med mål og status$/ })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name, exact: true }) });
}

test("manager: dashboard → target → filters → values beside targets → board pack PDF → CSV and Excel", async ({ page }) => {
  test.setTimeout(180_000);
  // As loginAs, with more time: the first rendering of the dashboard loads its charts' code.
  await page.goto("/login");
  await submitLogin(page, ROLES.manager.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Nøgletal til tavlemødet" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A target for the inflow (managers set the politically decided targets).
  await page.getByRole("link", { name: "Mål for nøgletal" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mål for nøgletal" })).toBeVisible();
  const form = page.getByRole("form", { name: "Nyt mål for Tilgang" });
  await form.getByRole("textbox", { name: "Nyt mål for Tilgang" }).fill("40");
  await form.getByRole("button", { name: "Gem" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Målet er gemt." })).toHaveText("Målet er gemt.");
  await expect(page.getByRole("table", { name: "Ændringer af mål, nyeste først" }).getByRole("row").nth(1)).toContainText("Tilgang");
  await expectNoSeriousA11yViolations(page);

  // Filters: month, department, diagnosis group and programme together.
  await page.getByRole("link", { name: "Tilbage til nøgletal" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  const month = page.getByRole("combobox", { name: "Måned" });
  await expect(month).toBeVisible();
  const months = await month.locator("option").allTextContents();
  expect(months.length).toBeGreaterThanOrEqual(24);
  await month.selectOption({ label: months[2]! });
  await page.getByRole("combobox", { name: "Afdeling" }).selectOption({ label: "Jobcenter Syd" });
  await page.getByRole("combobox", { name: "Diagnosegruppe" }).selectOption({ label: "Bevægeapparat" });
  await page.getByRole("combobox", { name: "Tilbud" }).selectOption({ label: "Rygskole (Syd)" });
  await page.getByRole("button", { name: "Vis tal" }).click();
  await expect(page).toHaveURL(/diagnosisGroup=MUSCULOSKELETAL/);
  await expect(
    page.getByText(`Viser ${months[2]} (12 måneders udvikling). Udsnit: Jobcenter Syd, Bevægeapparat, Rygskole (Syd).`),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Back to the whole municipality for the month: values beside targets.
  await page.getByRole("combobox", { name: "Afdeling" }).selectOption({ label: "Alle afdelinger" });
  await page.getByRole("combobox", { name: "Diagnosegruppe" }).selectOption({ label: "Alle diagnosegrupper" });
  await page.getByRole("combobox", { name: "Tilbud" }).selectOption({ label: "Alle tilbud" });
  await page.getByRole("button", { name: "Vis tal" }).click();
  await expect(page.getByText(`Viser ${months[2]} (12 måneders udvikling) uden filtre.`)).toBeVisible();
  const inflow = summaryRow(page, "Tilgang");
  await expect(inflow.getByRole("cell").nth(1)).toHaveText("40");
  const inflowValue = Number(await inflow.getByRole("cell").nth(0).textContent());
  expect(inflowValue).toBeGreaterThan(0);
  await expect(inflow.getByRole("cell").nth(2)).toHaveText(inflowValue <= 40 ? "Mål nået" : "Mål ikke nået");
  const panel = page.getByRole("article", { name: "Tilgang" });
  await expect(panel.getByText(/^Mål (ikke )?nået$/)).toBeVisible();
  // The chart is drawn in the browser; the folded table is rendered when opened (ADR 0025).
  await expect(panel.locator("svg.recharts-surface")).toBeVisible();
  await panel.getByText("Vis tallene som tabel").click();
  await expect(panel.getByRole("table", { name: "Tilgang måned for måned" }).getByRole("row")).toHaveCount(13);
  await expectNoSeriousA11yViolations(page);

  // The board pack: printed to PDF by Chromium, A4, several pages.
  await page.getByRole("link", { name: "Tavlemødepakke (udskrift/PDF)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Tavlemødepakke: nøgletal for ${months[2]}` })).toBeVisible();
  await expect(page.getByText("Udsnit: ingen filtre")).toBeVisible();
  // The charts are drawn in the browser after the page loads (ADR 0025): every panel's chart before printing.
  const charts = await page.locator(".kpi-chart-print").count();
  expect(charts).toBeGreaterThanOrEqual(20);
  await expect(page.locator(".kpi-chart-print svg.recharts-surface")).toHaveCount(charts);
  await expectNoSeriousA11yViolations(page);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const text = pdf.toString("latin1");
  const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
    Math.round(Number(m[1])),
    Math.round(Number(m[2])),
  ]);
  // 23 figures, two or three to a page after the summary: between 8 and 24 A4 pages (595 × 842 points).
  expect(pages).toBeGreaterThanOrEqual(8);
  expect(pages).toBeLessThanOrEqual(24);
  expect(boxes.every(([w, h]) => w === 595 && h === 842)).toBe(true);

  // CSV: UTF-8 with BOM, semicolons, Danish decimal comma, the same value as the dashboard.
  await page.getByRole("link", { name: "Tilbage til nøgletal" }).click();
  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Hent CSV" }).click()]);
  const csv = fs.readFileSync((await csvDownload.path())!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.toString("utf8").slice(1).split("\r\n");
  const inflowLine = lines.find((l) => l.startsWith("Sager: Tilgang;"))!;
  expect(inflowLine.split(";").at(-1)).toBe(String(inflowValue));
  expect(inflowLine.split(";")[2]).toBe("40");
  const wait = lines.find((l) => l.startsWith("Henvisninger og tilbud: Ventetid fra henvisning til start (90 %-fraktil);"))!;
  expect(
    wait
      .split(";")
      .slice(3)
      .every((v) => /^(\d+(,\d)?|< 5|–|ingen)$/.test(v)),
  ).toBe(true);

  // Excel: typed numbers on a sheet per figure group; the inflow of the month equals the dashboard.
  const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Hent Excel" }).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await xlsxDownload.path())!);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    "Sager",
    "Opfølgning",
    "Henvisninger og tilbud",
    "Genoptræning",
    "Resultater",
    "Om tallene",
  ]);
  const sheet = wb.getWorksheet("Sager")!;
  let found = false;
  sheet.eachRow((row) => {
    if (row.getCell(1).value !== "Tilgang") return;
    found = true;
    const last = row.getCell(row.cellCount).value;
    expect(typeof last).toBe("number");
    expect(last).toBe(inflowValue);
    expect(row.getCell(3).value).toBe(40);
  });
  expect(found).toBe(true);
});
