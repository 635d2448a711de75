// The citizen's access report (issue 9): the caseworker opens it from the citizen page, sees who
// accessed the citizen's data, gets a period error next to the field, prints it on A4 and downloads
// the CSV for Excel (BOM, ";", a crafted formula in the citizen's name neutralised). axe on the page.
import fs from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { loginAs } from "./support/login";
import { registerCitizen } from "./support/citizens";

test.describe.configure({ mode: "serial" });

/** The citizen registered by the first test (the therapist does not work with them). */
let citizenPath = "";

test("the caseworker opens a citizen's access report, prints it and downloads it as CSV", async ({ page }) => {
  await loginAs(page, "caseworker");
  // A citizen whose name is a spreadsheet formula: the CSV must show it as text.
  const serial = String(Date.now() % 1000).padStart(3, "0");
  const citizenUrl = await registerCitizen(page, {
    cpr: `020299-3${serial}`,
    firstName: '=HYPERLINK("http://example.invalid")',
    lastName: "Formelsen",
  });
  citizenPath = citizenUrl;

  await page.getByRole("link", { name: "Adgangsrapport: hvem har set borgerens oplysninger" }).click();
  await expect(page).toHaveURL(new RegExp(`${citizenUrl}/access-report$`));
  await expect(page.getByRole("heading", { level: 1, name: "Oversigt over adgang til dine oplysninger" })).toBeVisible();
  await expect(page.getByText("Samspil Demo Kommune").first()).toBeVisible();
  const table = page.getByRole("table", { name: "Adgang til dine oplysninger, nyeste først" });
  await expect(table).toBeVisible();
  // Registering the citizen and opening the citizen page (its details and its consent panel, none
  // registered yet), by the caseworker, newest first.
  const rows = table.getByRole("row");
  await expect(rows).toHaveCount(4);
  await expect(table.getByRole("row").filter({ hasText: "Samtykker (ingen registreret)" })).toContainText("Så oplysningerne");
  await expect(table.getByRole("row").filter({ hasText: "Personoplysninger" }).first()).toContainText("Så oplysningerne");
  await expect(rows.nth(3)).toContainText("Oprettede oplysninger");
  await expect(rows.nth(3)).toContainText("Personoplysninger");
  await expect(rows.nth(3)).toContainText("Jobcenter");
  await expect(rows.nth(3)).toContainText("Ikke nødvendigt (afdelingens egne oplysninger)");
  await expectNoSeriousA11yViolations(page);

  // A4 when printed: the period form and the buttons are left out.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Vis oversigt" })).toBeHidden();
  await expect(table).toBeVisible();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
  const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf);
  expect(box, "the PDF has a page size").not.toBeNull();
  expect([Math.round(Number(box![1]) / 2.835), Math.round(Number(box![2]) / 2.835)]).toEqual([210, 297]); // mm
  await page.emulateMedia({ media: "screen" });

  // The CSV: UTF-8 with BOM, ";" between cells, the formula name neutralised with a leading '.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Hent som CSV (Excel)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^adgangsrapport-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await fs.readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe("Tidspunkt;Borger;Medarbejder;Rolle;Afdeling;Oplysninger;Vist i liste;Hvad skete der;Samtykke;Formål");
  expect(lines.length).toBeGreaterThanOrEqual(3);
  for (const line of lines.slice(1)) expect(line).toContain(`;"'=HYPERLINK(""http://example.invalid"") Formelsen";`);

  // Opening the report was itself logged: it is the newest row now.
  await page.reload();
  await expect(table.getByRole("row").nth(1)).toContainText("Lavede et udtræk af oplysningerne (oversigt, udskrift eller download)");
  await expect(table.getByRole("row").nth(1)).toContainText("Denne adgangsrapport");

  // A period that ends before it starts: the message is next to the field, and no report is produced.
  await page.getByLabel("Fra og med").fill("2026-03-01");
  await page.getByLabel("Til og med").fill("2026-02-01");
  await page.getByRole("button", { name: "Vis oversigt" }).click();
  const to = page.getByLabel("Til og med");
  await expect(to).toHaveAttribute("aria-invalid", "true");
  await expect(to).toHaveAccessibleDescription("Slutdatoen skal være samme dag som startdatoen eller senere");
  await expect(page.getByRole("table")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test("a citizen outside the reader's scope is the same 404 as a missing one, for the page and the CSV", async ({ page }) => {
  expect(citizenPath, "set by the previous test").not.toBe("");
  await loginAs(page, "therapist");
  const missing = "/citizens/00000000-0000-4000-8000-000000000000";
  const outside = await page.goto(`${citizenPath}/access-report`);
  expect(outside?.status()).toBe(404);
  const outsideText = await page.getByRole("main").innerText();
  const absent = await page.goto(`${missing}/access-report`);
  expect(absent?.status()).toBe(404);
  expect(await page.getByRole("main").innerText()).toBe(outsideText);
  await expectNoSeriousA11yViolations(page);
  const [csvOutside, csvMissing] = [
    await page.request.get(`${citizenPath}/access-report/csv`),
    await page.request.get(`${missing}/access-report/csv`),
  ];
  expect([csvOutside.status(), csvMissing.status()]).toEqual([404, 404]);
  expect(await csvOutside.text()).toBe(await csvMissing.text());
});
