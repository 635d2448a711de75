// The confirmation step before weighty actions (components/ui/ConfirmSubmit.tsx): the first button
// only opens a disclosure that states the consequence; "Fortryd", Escape and Enter in a field change
// nothing; the real button does. Checked on revoking a consent and disabling a user (each time the
// page is loaded again, so the server's state is what is seen), once without JavaScript, with axe
// on the open step. Also closing a meeting's minutes and a manager granting an aid (small8 item 1).
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { contextWithoutJavaScript, loginAs } from "./support/login";
import { openCaseForCitizen, recordConsentBothWays, registerCitizen } from "./support/citizens";
import { createMeetingInBrowser } from "./support/meetings";

test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const DISABLE_CONSEQUENCE = /Brugeren mister adgangen/;
const REVOKE_CONSEQUENCE = /Samtykket tilbagekaldes fra nu af og kan ikke genoprettes/;

function isoDayFromNow(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** The value of the account's "Status" on the admin's user page. */
function accountStatus(page: Page): Locator {
  return page
    .getByRole("region", { name: "Konto" })
    .locator("dt", { hasText: /^Status$/ })
    .locator("xpath=following-sibling::dd[1]");
}

/** A new SSO user created by the admin (signed in on `page`); returns the user page's path. */
async function createUser(page: Page, name: string): Promise<string> {
  await page.goto("/admin/users/new");
  await page.getByRole("textbox", { name: "Navn" }).fill(name);
  await page.getByRole("textbox", { name: /^E-mail/ }).fill(`${name.toLowerCase().replace(/\W+/g, ".")}.${stamp}@samspil.test`);
  await page.getByRole("combobox", { name: "Rolle" }).selectOption({ label: "Tovholder" });
  await page.getByRole("combobox", { name: /^Afdeling/ }).selectOption({ label: "Jobcenter Demo (Jobcenter)" });
  await page.getByRole("radio", { name: "Kommunalt login (SSO)" }).check();
  await page.getByRole("button", { name: "Opret bruger" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Brugeren er oprettet." })).toBeVisible();
  await page.getByRole("link", { name: "Gå til brugeren" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

test("disabling a user: the first click only asks; Fortryd, Escape and Enter change nothing; confirming disables", async ({ page }) => {
  await loginAs(page, "admin");
  const userPath = await createUser(page, "Bent Bekræft");
  await expect(accountStatus(page)).toHaveText("Aktiv");
  const step = page.locator("details#disable-user");
  const summary = step.locator("summary");
  const confirm = page.getByRole("button", { name: "Ja, deaktivér brugeren" });
  await expect(confirm).toBeHidden();

  // Enter in the note field does not submit past the step.
  const note = page.getByRole("textbox", { name: "Bemærkning (valgfri)" });
  await note.fill("Skal ikke deaktiveres endnu");
  await note.press("Enter");
  await page.waitForTimeout(500);
  await page.goto(userPath);
  await expect(accountStatus(page)).toHaveText("Aktiv");

  // The first click opens the step: the consequence and the real button, nothing written.
  await summary.click();
  await expect(step).toHaveAttribute("open", "");
  await expect(step.getByText(DISABLE_CONSEQUENCE)).toBeVisible();
  await expect(confirm).toBeVisible();
  await expect(confirm).toHaveAccessibleDescription(DISABLE_CONSEQUENCE);
  await expectNoSeriousA11yViolations(page);
  await page.goto(userPath);
  await expect(accountStatus(page)).toHaveText("Aktiv");
  await expect(step).not.toHaveAttribute("open", "");

  // "Fortryd" closes the step and gives the focus back to its button; so does Escape (keyboard only).
  await summary.click();
  await page.getByRole("button", { name: "Fortryd" }).click();
  await expect(step).not.toHaveAttribute("open", "");
  await expect(summary).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(step).toHaveAttribute("open", "");
  await page.keyboard.press("Tab");
  await expect(confirm).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(step).not.toHaveAttribute("open", "");
  await expect(summary).toBeFocused();
  await page.goto(userPath);
  await expect(accountStatus(page)).toHaveText("Aktiv");
  await expect(page.getByRole("table", { name: "Ændringer af brugeren" })).not.toContainText("Deaktiveret");

  // Confirming disables (and the page, loaded again, says so).
  await summary.click();
  await confirm.click();
  await expect(page.getByRole("status").filter({ hasText: "Brugeren er deaktiveret." })).toBeVisible();
  await expect(accountStatus(page)).toHaveText("Deaktiveret");
  await page.goto(userPath);
  await expect(accountStatus(page)).toHaveText("Deaktiveret");
  // Re-enabling is reversible and needs no step.
  await expect(page.getByRole("button", { name: "Aktivér bruger igen" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("without JavaScript the step works too: the disclosure opens natively, Fortryd reloads, the real button posts", async ({
  page,
  browser,
}) => {
  await loginAs(page, "admin");
  const userPath = await createUser(page, "Nina Nojs");
  const ctx = await contextWithoutJavaScript(browser, "admin");
  try {
    const noJs = await ctx.newPage();
    await noJs.goto(userPath);
    await expect(accountStatus(noJs)).toHaveText("Aktiv");
    const step = noJs.locator("details#disable-user");
    await step.locator("summary").click();
    await expect(step.getByText(DISABLE_CONSEQUENCE)).toBeVisible();
    // "Fortryd" is a link that loads the page again: the step is closed and nothing was sent.
    await step.getByRole("link", { name: "Fortryd" }).click();
    await noJs.waitForLoadState("load");
    await expect(step).not.toHaveAttribute("open", "");
    await expect(accountStatus(noJs)).toHaveText("Aktiv");
    // The real button posts the form to its server action.
    await step.locator("summary").click();
    await noJs.getByRole("button", { name: "Ja, deaktivér brugeren" }).click();
    await noJs.waitForLoadState("load");
    await expect(accountStatus(noJs)).toHaveText("Deaktiveret");
    // … and the page that comes back says so, as with JavaScript (fix9 item 1: the form that answered
    // is the re-enable form now, and the post's result was not matched to it).
    await expect(noJs.getByRole("status").filter({ hasText: "Brugeren er deaktiveret." })).toBeVisible();
  } finally {
    await ctx.close();
  }
  await page.goto(userPath);
  await expect(accountStatus(page)).toHaveText("Deaktiveret");
});

test("revoking a consent: the first click only asks; Fortryd changes nothing; confirming revokes", async ({ page }) => {
  await loginAs(page, "caseworker");
  // A citizen of this test's own, with a consent in both directions.
  const serial = String(Date.now() % 1000).padStart(3, "0");
  const citizenPath = await registerCitizen(page, { cpr: `110388-3${serial}`, firstName: "Karen", lastName: `Bekræftelse${stamp}` });
  const panel = page.getByRole("region", { name: "Samtykke" });
  await recordConsentBothWays(page, "Koordineret indsats", isoDayFromNow(60));

  const now = () => page.getByRole("region", { name: "Samtykke" }).getByRole("table", { name: "Samtykke pr. retning lige nu" });
  const given = () => now().getByRole("row", { name: /^Jobcenter → sundhedscenter Givet/ });
  const item = () =>
    page.getByRole("region", { name: "Samtykke" }).getByRole("listitem").filter({ hasText: "Koordineret indsats" }).first();
  const summary = () => item().locator("summary").filter({ hasText: "Tilbagekald samtykke" });
  await page.goto(citizenPath);
  await expect(given()).toBeVisible();

  // The first click opens the step (the consequence, the optional reason and the real button).
  await summary().click();
  await expect(item().getByText(REVOKE_CONSEQUENCE)).toBeVisible();
  await expect(item().getByRole("textbox", { name: "Begrundelse (valgfri)" })).toBeVisible();
  await expect(item().getByRole("button", { name: "Ja, tilbagekald samtykket" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto(citizenPath);
  await expect(given()).toBeVisible();

  // "Fortryd" closes it and sends nothing.
  await summary().click();
  await item().getByRole("button", { name: "Fortryd" }).click();
  await expect(item().getByRole("button", { name: "Ja, tilbagekald samtykket" })).toBeHidden();
  await expect(summary()).toBeFocused();
  await page.goto(citizenPath);
  await expect(given()).toBeVisible();

  // Confirming revokes.
  await summary().click();
  await item().getByRole("textbox", { name: "Begrundelse (valgfri)" }).fill("Borgeren har trukket samtykket tilbage");
  await item().getByRole("button", { name: "Ja, tilbagekald samtykket" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Samtykket er tilbagekaldt." })).toBeVisible();
  await page.goto(citizenPath);
  await expect(now()).toContainText("Intet samtykke registreret");
  await expect(given()).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test("closing the minutes: the first click only asks; Fortryd changes nothing; confirming closes (small8 item 1)", async ({ page }) => {
  test.setTimeout(240_000);
  await loginAs(page, "coordinator");
  // A short meeting starting at the next whole minute but one (a meeting cannot be created in the past;
  // its minutes can be closed once it has begun).
  const startsAt = (Math.floor(Date.now() / 60_000) + 2) * 60_000;
  const title = `Kort statusmøde ${stamp}`;
  const meetingPath = await createMeetingInBrowser(page, { kind: "LEADERSHIP", title, startsAt, minutes: 15, place: "Mødelokale 3" });
  const wait = startsAt + 1_000 - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
  await page.goto(meetingPath);

  const step = page.locator("details#close-minutes-step");
  const summary = step.locator("summary");
  const confirm = page.getByRole("button", { name: "Ja, luk referatet" });
  const closedNote = page.getByText(/^Referatet blev lukket/);
  await expect(confirm).toBeHidden();
  await summary.click();
  await expect(step.getByText(/Referatet lukkes og kan ikke åbnes igen/)).toBeVisible();
  await expect(confirm).toHaveAccessibleDescription(/Referatet lukkes og kan ikke åbnes igen/);
  await expectNoSeriousA11yViolations(page);
  await page.goto(meetingPath);
  await expect(closedNote).toHaveCount(0);

  await summary.click();
  await step.getByRole("button", { name: "Fortryd" }).click();
  await expect(step).not.toHaveAttribute("open", "");
  await expect(summary).toBeFocused();
  await page.goto(meetingPath);
  await expect(closedNote).toHaveCount(0);

  await summary.click();
  await confirm.click();
  // The page shows the minutes closed (the form, and with it its message, is gone).
  await expect(closedNote).toBeVisible();
  await page.goto(meetingPath);
  await expect(closedNote).toBeVisible();
  await expect(step).toHaveCount(0);
});

test("a manager granting an aid: the first click only asks; Fortryd changes nothing; confirming grants (small8 item 1)", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  // The caseworker applies for an aid above the mandate on a new case's return-to-work plan.
  await loginAs(page, "caseworker");
  const serial = String(Date.now() % 1000).padStart(3, "0");
  await registerCitizen(page, { cpr: `120377-3${serial}`, firstName: "Bodil", lastName: `Bevilling${stamp}` });
  await page.goto(`${await openCaseForCitizen(page, 10)}/rtw`);
  const rtw = page.getByRole("region", { name: "Optrapningsplan" });
  await rtw.getByLabel("Kontaktperson hos arbejdsgiveren").fill("Kim Boss, 70101010");
  await rtw.getByLabel("Første dag i planen").fill(isoDayFromNow(0));
  await rtw.getByRole("button", { name: "Opret plan" }).click();
  await expect(rtw.getByRole("status").filter({ hasText: "Optrapningsplanen er oprettet som kladde." })).toBeVisible();
  const aidItem = `Løftebord ${stamp}`;
  const aids = page.getByRole("region", { name: "Hjælpemidler" });
  await aids.getByLabel("Hjælpemiddel").fill(aidItem);
  await aids.getByLabel("Beløb (kr.)").fill("25000");
  await aids.getByRole("button", { name: "Registrér ansøgning" }).click();
  await expect(aids.getByRole("status").filter({ hasText: "skal godkendes af en leder" })).toBeVisible();

  const ctx = await browser.newContext({ locale: "da-DK" });
  try {
    const manager = await ctx.newPage();
    await loginAs(manager, "manager");
    await manager.goto("/dashboard/aids");
    const row = () => manager.getByRole("row").filter({ hasText: aidItem });
    const summary = () => row().locator("details[id$='-approve'] summary");
    const confirm = () => row().getByRole("button", { name: "Ja, bevilg hjælpemidlet" });
    await expect(confirm()).toBeHidden();
    await summary().click();
    await expect(row().getByText(new RegExp(`^Hjælpemidlet «${aidItem} \\(25\\.000\\skr\\.\\)» bevilges\\.`))).toBeVisible();
    await expect(confirm()).toHaveAccessibleDescription(/Bevillingen kan ikke gøres om/);
    await expectNoSeriousA11yViolations(manager);
    await manager.goto("/dashboard/aids");
    await expect(row()).toHaveCount(1);

    await summary().click();
    await row().getByRole("button", { name: "Fortryd" }).click();
    await expect(confirm()).toBeHidden();
    await expect(summary()).toBeFocused();
    await manager.goto("/dashboard/aids");
    await expect(row()).toHaveCount(1);

    await summary().click();
    await confirm().click();
    await expect(manager.getByRole("status").filter({ hasText: "Hjælpemidlet er bevilget." })).toBeVisible();
    await manager.goto("/dashboard/aids");
    await expect(row()).toHaveCount(0);
  } finally {
    await ctx.close();
  }
});
