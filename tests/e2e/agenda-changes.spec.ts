// The agenda as a new coordinator found it (walk9, fix12). Each test creates its own meeting.
// Item 1: removing an item with minutes asks first (Fortryd does nothing, confirming removes); an item
// with action items cannot be removed; an item with neither goes in one click.
// Item 2: adding (a suggestion, by hand), moving and removing say so, and the keyboard focus is not lost.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { loginAs } from "./support/login";
import { createMeetingInBrowser } from "./support/meetings";

test.describe.configure({ mode: "serial" });

const stamp = Date.now();

function isoDayFromNow(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(new Date(Date.now() + days * 86_400_000));
}

const addItemForm = (page: Page) => page.locator("form").filter({ has: page.getByRole("heading", { name: "Tilføj anonymiseret punkt" }) });
const agendaItems = (page: Page) => page.getByRole("region", { name: "Dagsorden", exact: true }).locator("ol > li");
const itemOf = (page: Page, question: string) => page.getByRole("listitem").filter({ hasText: `Spørgsmål: ${question}` });

async function addItem(page: Page, question: string) {
  const form = addItemForm(page);
  await form.getByRole("textbox", { name: "Spørgsmål" }).fill(question);
  await form.getByRole("button", { name: "Tilføj punkt" }).click();
  await expect(itemOf(page, question)).toHaveCount(1);
}

test("removing an agenda item: with minutes it asks first, with tasks it cannot, without either one click (fix12 item 1)", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await loginAs(page, "coordinator");
  const path = await createMeetingInBrowser(page, { kind: "LEADERSHIP", title: `Dagsordenstest ${stamp}` });
  const [withMinutes, withTask, bare] = [`Med referat ${stamp}`, `Med opgave ${stamp}`, `Uden referat ${stamp}`];
  for (const q of [withMinutes, withTask, bare]) await addItem(page, q);

  // An item with minutes: the remove button opens the confirmation step that says what happens.
  const a = itemOf(page, withMinutes);
  await a.getByRole("textbox", { name: "Noter", exact: true }).fill("Drøftet; afventer lægeerklæring.");
  await a.getByRole("button", { name: "Gem referat" }).click();
  await expect(a.getByRole("status").filter({ hasText: "Referatet er gemt." })).toBeVisible();
  const summary = a.locator("summary", { hasText: "Fjern fra dagsordenen" });
  const confirm = a.getByRole("button", { name: "Ja, fjern punktet" });
  await expect(confirm).toBeHidden();
  await summary.click();
  await expect(a.getByText(/udgår det og dets referat af mødereferatet/)).toBeVisible();
  await expect(confirm).toHaveAccessibleDescription(/udgår det og dets referat af mødereferatet/);
  await expectNoSeriousA11yViolations(page);
  // Fortryd closes the step and changes nothing.
  await a.getByRole("button", { name: "Fortryd" }).click();
  await expect(confirm).toBeHidden();
  await expect(summary).toBeFocused();
  await page.goto(path);
  await expect(itemOf(page, withMinutes)).toHaveCount(1);
  // Confirming removes it.
  await summary.click();
  await confirm.click();
  await expect(itemOf(page, withMinutes)).toHaveCount(0);
  await page.goto(path);
  await expect(itemOf(page, withMinutes)).toHaveCount(0);

  // An item with an action item: no remove control, a note instead.
  const b = itemOf(page, withTask);
  const taskForm = b.locator("form").filter({ has: page.getByRole("button", { name: "Tilføj opgave" }) });
  await taskForm.getByRole("textbox", { name: "Opgave", exact: true }).fill(`Indhent lægeerklæring ${stamp}`);
  await taskForm.getByRole("combobox", { name: "Ansvarlig part" }).selectOption("CITIZEN");
  await taskForm.getByRole("textbox", { name: "Navn på part" }).fill("Borgeren");
  await taskForm.getByLabel("Frist").fill(isoDayFromNow(7));
  await taskForm.getByRole("button", { name: "Tilføj opgave" }).click();
  await expect(b.getByRole("row").filter({ hasText: `Indhent lægeerklæring ${stamp}` })).toBeVisible();
  await expect(b.getByText("Punktet har opgaver og kan ikke fjernes fra dagsordenen.")).toBeVisible();
  await expect(b.getByText("Fjern fra dagsordenen", { exact: true })).toHaveCount(0);

  // An item without minutes and tasks: one click.
  const c = itemOf(page, bare);
  await expect(c.locator("summary")).toHaveCount(0);
  await c.getByRole("button", { name: "Fjern fra dagsordenen" }).click();
  await expect(itemOf(page, bare)).toHaveCount(0);
  await expect(itemOf(page, withTask)).toHaveCount(1);
});

test("agenda changes say so, and the keyboard focus lands on the message or stays on the moved item (fix12 item 2)", async ({ page }) => {
  test.setTimeout(180_000);
  await loginAs(page, "coordinator");
  await createMeetingInBrowser(page, { kind: "WEEKLY_CASE_CONFERENCE", title: `Konference ${stamp}` });
  const flash = page.locator('[data-flash="agenda"]');

  // A suggestion put on the agenda with the keyboard: its button leaves, the message takes the focus.
  const suggestions = page.getByRole("table", { name: "Forslag med begrundelse" });
  const add = suggestions.getByRole("button", { name: /^Sæt (anonymiseret )?på dagsordenen: / }).first();
  await add.focus();
  await page.keyboard.press("Enter");
  await expect(flash.getByText("Punktet er sat på dagsordenen.")).toBeFocused();
  await expect(agendaItems(page)).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);

  // An item added by hand: the form stays, its own message says so and has the focus.
  const question = `Håndtilføjet ${stamp}`;
  const form = addItemForm(page);
  await form.getByRole("textbox", { name: "Spørgsmål" }).fill(question);
  await page.keyboard.press("Enter");
  await expect(form.getByRole("status").filter({ hasText: "Punktet er sat på dagsordenen." })).toBeFocused();
  await expect(itemOf(page, question)).toHaveCount(1);

  // Moved up with the keyboard: the message is shown; the focus is on it or still on the item's button, not on <body>.
  await itemOf(page, question).getByRole("button", { name: "Flyt op" }).focus();
  await page.keyboard.press("Enter");
  await expect(flash.getByText("Punktet er flyttet.")).toBeVisible();
  await expect(agendaItems(page).first()).toContainText(`Spørgsmål: ${question}`);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const a = document.activeElement;
        if (!a || a === document.body) return "body";
        if (a.closest('[data-flash="agenda"]')) return "message";
        return a.closest("li")?.textContent?.includes("Håndtilføjet") && a.textContent === "Flyt op" ? "moved item's button" : "elsewhere";
      }),
    )
    .toMatch(/^(message|moved item's button)$/);

  // Removed with the keyboard: the item leaves, the message takes the focus.
  await itemOf(page, question).getByRole("button", { name: "Fjern fra dagsordenen" }).focus();
  await page.keyboard.press("Enter");
  await expect(flash.getByText("Punktet er fjernet fra dagsordenen.")).toBeFocused();
  await expect(itemOf(page, question)).toHaveCount(0);
});
