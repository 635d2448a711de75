// Issue 8 items 1 and 13 in the browser: two tabs on one rehab plan (a stale save of the
// first-conversation guide is refused and the other tab's answer kept), text fields show their
// limit near it, the home programme's add form is disabled at five exercises with the reason, and a
// refused addition never stands beside an earlier green "added" message.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { loginAs } from "./support/login";

async function openFirstPlan(page: Page): Promise<string> {
  await page.goto("/rehab");
  await page.getByRole("region", { name: "Mine genoptræningsforløb" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/rehab\/[0-9a-f-]{36}$/);
  return page.url();
}

const Q1 = /^Hvordan oplever borgeren arbejdsgiverens respons på sygemeldingen\?/;
const Q2 = /^Er der mulighed for fleksibilitet i, hvilke arbejdsopgaver borgeren kan varetage/;

test("two tabs: the guide saved in tab A is not overwritten by tab B, which was loaded before", async ({ page }) => {
  await loginAs(page, "therapist");
  const url = await openFirstPlan(page);
  const tabB = await page.context().newPage();
  await tabB.goto(url);

  const answerA = `Arbejdsgiveren er forstående (${Date.now()})`;
  const answerB = `Kan få lettere opgaver (${Date.now()})`;
  const guideA = page.getByRole("region", { name: "Første samtale: arbejdsrettet spørgeguide" });
  const guideB = tabB.getByRole("region", { name: "Første samtale: arbejdsrettet spørgeguide" });
  const before = await guideB.getByRole("textbox", { name: Q2 }).inputValue();

  await guideA.getByRole("textbox", { name: Q1 }).fill(answerA);
  await guideA.getByRole("button", { name: "Gem samtalen" }).click();
  await expect(guideA.getByRole("status").filter({ hasText: "Samtalen er gemt." })).toHaveText("Samtalen er gemt.");

  await guideB.getByRole("textbox", { name: Q1 }).fill(`Tab B's view (${Date.now()})`);
  await guideB.getByRole("textbox", { name: Q2 }).fill(answerB);
  await guideB.getByRole("button", { name: "Gem samtalen" }).click();
  const alert = guideB.getByRole("alert");
  await expect(alert).toContainText("Oplysningerne er ændret af en anden, efter du åbnede siden. Intet er gemt.");
  await expect(guideB.getByRole("status").filter({ hasText: /\S/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(tabB);

  // Reloading shows A's answer where both typed; B's other text comes back as an unsaved draft
  // (nothing typed is lost, nothing of A's is hidden); it was not saved.
  await alert.getByRole("link", { name: "Genindlæs siden" }).click();
  await expect(guideB.getByRole("status").filter({ hasText: "Din kladde er gendannet" })).toBeVisible();
  await expect(guideB.getByRole("textbox", { name: Q1 })).toHaveValue(answerA);
  await expect(guideB.getByRole("textbox", { name: Q2 })).toHaveValue(answerB);
  expect(before).not.toBe(answerB);
  await page.reload();
  await expect(guideA.getByRole("textbox", { name: Q1 })).toHaveValue(answerA);
  await expect(guideA.getByRole("textbox", { name: Q2 })).not.toHaveValue(answerB);
});

test("a text field shows its limit near it, and announces reaching it", async ({ page }) => {
  await loginAs(page, "therapist");
  await openFirstPlan(page);
  const goals = page.getByRole("region", { name: "Arbejdsrettede mål" });
  const text = goals.getByRole("textbox", { name: "Mål", exact: true });
  await expect(text).toHaveAttribute("maxlength", "300");
  await text.fill("Gå");
  await expect(goals.getByText(/af 300 tegn$/)).toHaveCount(0);
  await text.fill("x".repeat(250));
  await expect(goals.getByText("250 af 300 tegn")).toBeVisible();
  await expect(text).toHaveAccessibleDescription(/250 af 300 tegn/);
  await text.fill("x".repeat(299));
  await text.pressSequentially("yz");
  await expect(text).toHaveValue(`${"x".repeat(299)}y`);
  await expect(goals.getByText("300 af 300 tegn")).toBeVisible();
  await expect(goals.locator("[aria-live=polite]", { hasText: "Du har nået grænsen på 300 tegn." })).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
});

async function exerciseCount(programme: Locator): Promise<number> {
  return Number((await programme.getByText(/^\d af 5 øvelser$/).textContent())!.split(" ")[0]);
}

async function addExercise(programme: Locator, name: string) {
  await programme.getByRole("textbox", { name: "Øvelse", exact: true }).fill(name);
  await programme.getByRole("textbox", { name: "Gentagelser" }).fill("3 × 10");
  await programme.getByRole("textbox", { name: "Hyppighed" }).fill("Dagligt");
  await programme.getByRole("button", { name: "Tilføj øvelse" }).click();
}

test("home programme: disabled with the reason at five; a refused sixth never shows an old success beside the error", async ({ page }) => {
  await loginAs(page, "therapist");
  const url = await openFirstPlan(page);
  const programmeA = page.getByRole("region", { name: "Hjemmeprogram" });
  const badgeA = programmeA.getByText(/^\d af 5 øvelser$/);
  // Start from three active exercises.
  for (let n = await exerciseCount(programmeA); n > 3; n--) {
    await programmeA
      .getByRole("button", { name: /^Fjern\b/ })
      .first()
      .click();
    await expect(badgeA).toHaveText(`${n - 1} af 5 øvelser`);
  }
  for (let n = await exerciseCount(programmeA); n < 3; n++) {
    await addExercise(programmeA, `Opvarmning ${n + 1}`);
    await expect(badgeA).toHaveText(`${n + 1} af 5 øvelser`);
  }

  const tabB = await page.context().newPage();
  await tabB.goto(url);
  const programmeB = tabB.getByRole("region", { name: "Hjemmeprogram" });
  await addExercise(programmeB, "Bro, tab B");
  await expect(programmeB.getByRole("status").filter({ hasText: "Øvelsen er tilføjet." })).toHaveText("Øvelsen er tilføjet.");
  await expect(programmeB.getByText(/^\d af 5 øvelser$/)).toHaveText("4 af 5 øvelser");

  // Tab A (still showing three) adds the fifth.
  await addExercise(programmeA, "Squat, tab A");
  await expect(badgeA).toHaveText("5 af 5 øvelser");
  await expect(programmeA.getByText("Hjemmeprogrammet har allerede 5 øvelser. Fjern en øvelse, før du tilføjer en ny.")).toBeVisible();
  await expect(programmeA.getByRole("textbox", { name: "Øvelse", exact: true })).toBeDisabled();
  await expect(programmeA.getByRole("button", { name: "Tilføj øvelse" })).toBeDisabled();
  await expectNoSeriousA11yViolations(page);

  // Tab B still shows four and an enabled form: its sixth is refused, and its earlier success is gone.
  await addExercise(programmeB, "Planke, tab B");
  const description = programmeB.getByRole("textbox", { name: "Øvelse", exact: true });
  await expect(description).toHaveAttribute("aria-invalid", "true");
  await expect(programmeB.getByText("Hjemmeprogrammet må højst have 5 øvelser. Fjern en øvelse, før du tilføjer en ny.")).toBeVisible();
  await expect(programmeB.getByRole("status").filter({ hasText: /\S/ })).toHaveCount(0);
  await expect(programmeB.getByText("Øvelsen er tilføjet.")).toHaveCount(0);
  await expectNoSeriousA11yViolations(tabB);
  await tabB.reload();
  await expect(programmeB.getByRole("cell", { name: "Planke, tab B", exact: true })).toHaveCount(0);
  await expect(programmeB.getByRole("button", { name: "Tilføj øvelse" })).toBeDisabled();
});
