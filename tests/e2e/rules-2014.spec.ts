// The 2014 follow-up rules in the browser (issue 15 phase 2): a caseworker revisits a category-2
// case to category 3 (sygedagpengeloven § 12) and the rehabilitation-team deadline appears
// (§ 13 d, stk. 3); recording the team's presentation meets it. The worklist shows the category
// and the overdue summary; the administrator's rules page lists the dated versions. axe on each page.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { loginAs } from "./support/login";

test("caseworker records a category-3 visitation and a rehabilitation-team presentation and sees the deadlines change", async ({
  page,
}) => {
  // Two recorded facts, each re-rendering the case page and the worklist: near the 60 s default on a busy machine.
  test.setTimeout(180_000);
  await loginAs(page, "caseworker");
  const worklist = page.getByRole("table", { name: "Mine sager" });
  await expect(worklist.getByRole("columnheader", { name: "Kategori" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A case in category 2 (visited at its first follow-up conversation in the demo data).
  await worklist.getByRole("row").filter({ hasText: "Kategori 2" }).first().getByRole("link").click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}/);
  const visitation = page.getByRole("region", { name: "Visitation og revurdering" });
  await expect(visitation).toContainText("Kategori 2");
  const deadlines = page.getByRole("table", { name: "Sagens frister efter reglerne for sygedagpengeopfølgning" });
  await expect(deadlines.getByRole("row").filter({ hasText: "Forelæggelse for rehabiliteringsteamet" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await visitation.getByText("Visitér / revisitér (kategori 1, 2 eller 3)").click();
  // walk4 item 3: nothing is chosen at first; saving without a choice is refused next to the field.
  const category = visitation.getByRole("combobox", { name: "Kategori (sygedagpengeloven § 12)" });
  await expect(category).toHaveValue("");
  await expect(category.locator("option:checked")).toHaveText("—");
  await visitation.getByRole("button", { name: "Gem kategori" }).click();
  await expect(category).toHaveAttribute("aria-invalid", "true");
  await expect(category).toHaveAccessibleDescription(/Vælg en af mulighederne\./);
  await expect(visitation).toContainText("Kategori 2");
  await category.selectOption("3");
  await visitation.getByRole("button", { name: "Gem kategori" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Kategorien er gemt." })).toBeVisible();
  await expect(visitation).toContainText("Kategori 3");
  const team = deadlines.getByRole("row").filter({ hasText: "Forelæggelse for rehabiliteringsteamet" });
  await expect(team).toHaveCount(1);
  await expect(team).toContainText("Kategori 3: sagen forelægges rehabiliteringsteamet senest 4 uger efter visitationen.");
  await expect(team).not.toContainText("Opfyldt");

  await visitation.getByText("Registrér forelæggelse for rehabiliteringsteamet").click();
  await visitation.getByRole("textbox", { name: "Teamets indstilling" }).fill("Indstilling: ressourceforløb afklares.");
  // walk4 item 3: the day starts empty and is required.
  const presentedOn = visitation.getByLabel("Forelagt den");
  await expect(presentedOn).toHaveValue("");
  await visitation.getByRole("button", { name: "Gem forelæggelse" }).click();
  await expect(presentedOn).toHaveAttribute("aria-invalid", "true");
  await expect(presentedOn).toHaveAccessibleDescription(/Udfyld feltet\./);
  await expect(team).not.toContainText("Opfyldt");
  await presentedOn.fill(new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Copenhagen" }));
  await visitation.getByRole("button", { name: "Gem forelæggelse" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Forelæggelsen er registreret." })).toBeVisible();
  await expect(team).toContainText("Opfyldt");
  await expect(visitation).toContainText("Indstilling: ressourceforløb afklares.");
  await expectNoSeriousA11yViolations(page);
});

test("the administrator sees the dated rule versions and which one is in force today", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/admin/rules");
  const versions = page.getByRole("table", { name: "Reglernes versioner med ikrafttræden og lovgrundlag" });
  await expect(versions.getByRole("row").filter({ hasText: "DK 2009 (kilderapporterne)" })).toContainText("Fra begyndelsen");
  const current = versions.getByRole("row").filter({ hasText: "DK 2014-reformen (gældende)" });
  await expect(current).toContainText("Gælder i dag");
  await expect(current).toContainText("lov nr. 720 af 25. juni 2014");
  await expect(page.getByRole("heading", { name: "Ny version (kommende regelændring)" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Kategori 3 forelægges rehabiliteringsteamet" })).toBeChecked();
  // A yes/no parameter reads "Ja", not "til" (walk9 item 4).
  const inForce = page.getByRole("table", { name: "Gældende parametre for opfølgningsfrister" });
  await expect(
    inForce.getByRole("row").filter({ hasText: "Kategori 3 forelægges rehabiliteringsteamet" }).getByRole("cell").nth(1),
  ).toHaveText("Ja");
  await expectNoSeriousA11yViolations(page);
});
