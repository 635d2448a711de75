// Journey 2 (SPEC §5), the therapist's rehab work: from the list of own plans, create a plan for a
// started referral (or open a seeded plan) → add a work-oriented goal → build the home programme
// (at five exercises the add form is disabled and says why) → write a progress note with scores →
// the trend chart shows the new point. axe runs on every page.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { loginAs } from "./support/login";
import { NO_CONSENT_IN_FORCE } from "./support/citizens";

async function openOrCreatePlan(page: Page): Promise<void> {
  const create = page.getByRole("link", { name: /^Opret forløb for / });
  if ((await create.count()) > 0) {
    await create.first().click();
    await expect(page).toHaveURL(/\/rehab\/new\?referralId=/);
    await expect(page.getByRole("heading", { level: 1, name: "Opret genoptræningsforløb" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await expect(page.getByRole("combobox", { name: "Henvisning" })).not.toHaveValue("");
    await page.getByRole("textbox", { name: "Tilstand/diagnose" }).fill("Lændesmerter efter løft");
    await page.getByRole("combobox", { name: "Kropsområde" }).selectOption({ label: "Ryg" });
    await page.getByRole("combobox", { name: "Forløbspakke" }).selectOption({ label: "Ryg" });
    await page.getByRole("button", { name: "Opret forløb" }).click();
    // The new plan's page says it was created, as a new citizen's does (walk9 item 2), once: the parameter that
    // carried it leaves the URL, and a reload does not say it again (fix13 item 3).
    await expect(page.getByText("Forløbet er oprettet.")).toBeVisible();
    await expect(page).toHaveURL(/\/rehab\/[0-9a-f-]{36}$/);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: /^Genoptræningsforløb: / })).toBeVisible();
    await expect(page.getByText("Forløbet er oprettet.")).toHaveCount(0);
  } else {
    await page.getByRole("region", { name: "Mine genoptræningsforløb" }).getByRole("link").first().click();
    await expect(page).toHaveURL(/\/rehab\/[0-9a-f-]{36}$/);
  }
  await expect(page.getByRole("heading", { level: 1, name: /^Genoptræningsforløb: / })).toBeVisible();
}

test("therapist: plan → goal → home programme → progress note → trend shows the new point", async ({ page }) => {
  await loginAs(page, "therapist");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Forløb" }).click();
  await expect(page).toHaveURL(/\/rehab$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mine genoptræningsforløb" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await openOrCreatePlan(page);
  await expectNoSeriousA11yViolations(page);

  // A work-oriented goal.
  const goals = page.getByRole("region", { name: "Arbejdsrettede mål" });
  const goalText = `Løfte 10 kg fra gulv til bord (${Date.now()})`;
  await goals.getByRole("textbox", { name: "Mål", exact: true }).fill(goalText);
  await goals.getByRole("textbox", { name: "Udgangspunkt" }).fill("Løfter 3 kg");
  await goals.getByRole("textbox", { name: "Målsætning" }).fill("10 kg fem gange med god teknik");
  await goals.getByRole("button", { name: "Tilføj mål" }).click();
  await expect(goals.getByRole("status").filter({ hasText: "Målet er tilføjet." })).toHaveText("Målet er tilføjet.");
  await expect(goals.getByRole("cell", { name: goalText, exact: true })).toBeVisible();

  // The home programme: fill up to five exercises; then the add form is disabled and says why.
  const programme = page.getByRole("region", { name: "Hjemmeprogram" });
  const countBadge = programme.getByText(/^\d af 5 øvelser$/);
  const existing = Number((await countBadge.textContent())!.split(" ")[0]);
  for (let i = existing + 1; i <= 5; i++) {
    await programme.getByRole("textbox", { name: "Øvelse", exact: true }).fill(`Bækkenvip, variant ${i}`);
    await programme.getByRole("textbox", { name: "Gentagelser" }).fill("3 × 10");
    await programme.getByRole("textbox", { name: "Hyppighed" }).fill("Dagligt");
    await programme.getByRole("button", { name: "Tilføj øvelse" }).click();
    await expect(countBadge).toHaveText(`${i} af 5 øvelser`);
    await expect(programme.getByRole("cell", { name: `Bækkenvip, variant ${i}`, exact: true })).toBeVisible();
  }
  await expect(programme.getByText("Hjemmeprogrammet har allerede 5 øvelser. Fjern en øvelse, før du tilføjer en ny.")).toBeVisible();
  await expect(programme.getByRole("textbox", { name: "Øvelse", exact: true })).toBeDisabled();
  await expect(programme.getByRole("button", { name: "Tilføj øvelse" })).toBeDisabled();
  await expect(countBadge).toHaveText("5 af 5 øvelser");
  await expectNoSeriousA11yViolations(page);

  // A progress note with scores; the trend chart gains a point.
  const notes = page.getByRole("region", { name: "Statusnotater og udvikling" });
  const figure = notes.getByRole("figure", { name: "Udvikling i scorer" });
  const before = (await figure.count()) > 0 ? Number(await figure.getAttribute("data-points")) : 0;
  await notes.getByRole("combobox", { name: "Selvvurderet helbred" }).selectOption("4");
  await notes.getByRole("combobox", { name: "Smerte" }).selectOption("3");
  await notes.getByRole("combobox", { name: "Arbejdsevne" }).selectOption("7");
  await notes.getByRole("textbox", { name: "Notat" }).fill("God fremgang; løfter nu 8 kg med god teknik.");
  await notes.getByRole("button", { name: "Gem statusnotat" }).click();
  await expect(notes.getByRole("status").filter({ hasText: "Statusnotatet er gemt." })).toHaveText("Statusnotatet er gemt.");
  await expect(figure).toHaveAttribute("data-points", String(before + 1));
  await expect(figure).toContainText("helbred 4 af 5, smerte 3 af 10, arbejdsevne 7 af 10");
  const table = figure.getByRole("table", { name: "Scorer over tid" });
  await expect(table.getByRole("row")).toHaveCount(before + 2);
  await expect(table.getByRole("row").last()).toContainText("4");
  // Three lines, one dot per note each.
  await expect(figure.locator(".recharts-line-dot")).toHaveCount(3 * (before + 1));
  await expectNoSeriousA11yViolations(page);
});

test("caseworker: reads goals and progress only with consent; the return-to-work tab", async ({ page }) => {
  await loginAs(page, "caseworker");
  const hrefs = await page
    .getByRole("table")
    .getByRole("link")
    .evaluateAll((els) => els.map((e) => e.getAttribute("href")!));
  let withConsent: string | null = null;
  let withoutConsent: string | null = null;
  for (const h of hrefs) {
    await page.goto(`${h}/rehab`);
    if (!withConsent && (await page.getByRole("figure", { name: "Udvikling i scorer" }).count()) > 0) withConsent = h;
    if (!withoutConsent && (await page.getByText(NO_CONSENT_IN_FORCE).count()) > 0) withoutConsent = h;
    if (withConsent && withoutConsent) break;
  }
  expect(withConsent, "a seeded case with a rehab plan and consent").not.toBeNull();
  await page.goto(`${withConsent}/rehab`);
  const tab = page.getByRole("region", { name: "Genoptræning" });
  // Marked as the health center's record, with the consent it is shown under.
  await expect(tab.getByRole("note")).toContainText("Sundhedscentrets journal – kun til orientering");
  await expect(tab.getByRole("note")).toContainText("Vises med borgerens samtykke.");
  await expect(tab.getByRole("table", { name: "Arbejdsrettede mål" }).first()).toBeVisible();
  // Read-only: no forms, no buttons.
  await expect(tab.getByRole("button")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  if (withoutConsent) {
    await page.goto(`${withoutConsent}/rehab`);
    await expect(page.getByRole("region", { name: "Genoptræning" }).getByRole("table")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  }

  // The return-to-work tab of a partially returned case with a plan.
  let rtwCase: string | null = null;
  for (const h of hrefs) {
    await page.goto(`${h}/rtw`);
    if ((await page.getByRole("table", { name: "Ugeplan med planlagte og faktiske timer" }).count()) > 0) {
      rtwCase = h;
      break;
    }
  }
  expect(rtwCase, "a seeded return-to-work plan").not.toBeNull();
  await expect(page.getByRole("heading", { level: 2, name: "Optrapningsplan" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("jobcenter manager: approves an aid above the mandate without seeing the person", async ({ page }) => {
  await loginAs(page, "manager");
  await page.getByRole("main").getByRole("link", { name: "Hjælpemidler til godkendelse" }).click();
  await expect(page).toHaveURL(/\/dashboard\/aids$/);
  await expect(page.getByRole("heading", { level: 1, name: "Hjælpemidler til godkendelse" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const table = page.getByRole("table", { name: "Hjælpemidler over beløbsgrænsen" });
  const row = table.getByRole("row").filter({ hasText: "Elektrisk løftevogn til lageret" });
  await expect(row).toContainText("18.500");
  // No person and no way into a case from here.
  await expect(page.locator('a[href^="/cases/"]')).toHaveCount(0);
  await expect(page.getByText(/\d{6}-(\d{4}|xxxx)/)).toHaveCount(0);
  // Granting asks first (small8 item 1): the step's summary, then the real button.
  await row.locator("details[id$='-approve'] summary").click();
  await row.getByRole("button", { name: "Ja, bevilg hjælpemidlet" }).click();
  await expect(table.getByRole("row").filter({ hasText: "Elektrisk løftevogn til lageret" })).toHaveCount(0);
});

test("a therapist cannot open the manager's aid approvals", async ({ page }) => {
  await loginAs(page, "therapist");
  expect((await page.goto("/dashboard/aids"))?.status()).toBe(404);
});
