// The meeting form after a successful create (fix8 item 3): the form is reset, and the kind the
// select shows (the first kind, a weekly case conference) is the one the form acts on, so the
// number of weeks is asked for again.
import { expect, test } from "@playwright/test";
import { loginAs } from "./support/login";
import { danishLocal } from "./support/meetings";

test("after a create the kind and the weeks field agree again (fix8 item 3)", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAs(page, "coordinator");
  await page.goto("/meetings");
  const create = page.getByRole("region", { name: "Opret møde" });
  const kind = create.getByRole("combobox", { name: "Mødetype" });
  const weeks = create.getByRole("textbox", { name: "Antal uger (ugentlig serie)" });
  await expect(kind).toHaveValue("WEEKLY_CASE_CONFERENCE");
  await expect(weeks).toBeVisible();

  await kind.selectOption("ROUNDTABLE");
  await expect(weeks).toHaveCount(0);
  await create.getByRole("textbox", { name: "Titel" }).fill(`Rundbordsmøde ${Date.now().toString(36)}`);
  await create.getByLabel("Starttidspunkt").fill(danishLocal(Date.now() + 3 * 86_400_000));
  await create.getByRole("textbox", { name: "Varighed (minutter)" }).fill("30");
  await create.getByRole("textbox", { name: "Sted eller videolink" }).fill("Mødelokale 2");
  await create.getByRole("button", { name: "Opret", exact: true }).click();
  await expect(create.getByRole("status").filter({ hasText: "Mødet er oprettet." })).toBeVisible();

  // The reset shows the first kind: a weekly case conference, which asks for the number of weeks.
  await expect(create.getByRole("textbox", { name: "Titel" })).toHaveValue("");
  await expect(kind).toHaveValue("WEEKLY_CASE_CONFERENCE");
  await expect(weeks).toBeVisible();
  await expect(weeks).toHaveValue("1");
  // Choosing another kind hides it again.
  await kind.selectOption("LEADERSHIP");
  await expect(weeks).toHaveCount(0);
});
