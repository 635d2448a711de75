// Moving agenda items with the keyboard (fix15 item 3): at the edges the move button says why it does
// nothing (aria-disabled with a reason) and nothing is said to have moved; after a real move the focus
// stays on the moved item's same button, and the message is announced above the agenda.
import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./support/login";
import { createMeetingInBrowser } from "./support/meetings";

const stamp = Date.now();

const agendaItems = (page: Page) => page.getByRole("region", { name: "Dagsorden", exact: true }).locator("ol > li");
const itemOf = (page: Page, question: string) => page.getByRole("listitem").filter({ hasText: `Spørgsmål: ${question}` });
const button = (page: Page, question: string, name: "Flyt op" | "Flyt ned") => itemOf(page, question).getByRole("button", { name });

test("move buttons at the edges say why they do nothing; a move keeps the focus on the moved item's button", async ({ page }) => {
  test.setTimeout(180_000);
  await loginAs(page, "coordinator");
  await createMeetingInBrowser(page, { kind: "LEADERSHIP", title: `Flyttetest ${stamp}` });
  const [a, b, c] = [`Punkt A ${stamp}`, `Punkt B ${stamp}`, `Punkt C ${stamp}`];
  const form = page.locator("form").filter({ has: page.getByRole("heading", { name: "Tilføj anonymiseret punkt" }) });
  for (const q of [a, b, c]) {
    await form.getByRole("textbox", { name: "Spørgsmål" }).fill(q);
    await form.getByRole("button", { name: "Tilføj punkt" }).click();
    await expect(itemOf(page, q)).toHaveCount(1);
  }
  const flash = page.locator('[data-flash="agenda"]');
  const order = () => agendaItems(page).allInnerTexts();
  const expectOrder = async (qs: string[]) =>
    expect.poll(async () => (await order()).map((t) => qs.findIndex((q) => t.includes(q)))).toEqual([0, 1, 2]);

  // The edges: "up" on the first item, "down" on the last, say why and do nothing.
  await expect(button(page, a, "Flyt op")).toHaveAttribute("aria-disabled", "true");
  await expect(button(page, a, "Flyt op")).toHaveAccessibleDescription("Punktet er allerede det første på dagsordenen.");
  await expect(button(page, c, "Flyt ned")).toHaveAttribute("aria-disabled", "true");
  await expect(button(page, c, "Flyt ned")).toHaveAccessibleDescription("Punktet er allerede det sidste på dagsordenen.");
  await expect(button(page, b, "Flyt op")).not.toHaveAttribute("aria-disabled", "true");
  await button(page, a, "Flyt op").focus();
  await page.keyboard.press("Enter");
  await page.waitForTimeout(1000);
  await expect(flash).not.toContainText("Punktet er flyttet.");
  await expect(button(page, a, "Flyt op")).toBeFocused();
  await expectOrder([a, b, c]);

  // B up with the keyboard: it moves, the message is said, the focus stays on B's "Flyt op" (now at the edge).
  await button(page, b, "Flyt op").focus();
  await page.keyboard.press("Enter");
  await expect(flash.getByText("Punktet er flyttet.")).toBeVisible();
  await expectOrder([b, a, c]);
  await expect(button(page, b, "Flyt op")).toBeFocused();
  await expect(button(page, b, "Flyt op")).toHaveAttribute("aria-disabled", "true");

  // On to "Flyt ned" with Tab, and down again: the focus stays on B's "Flyt ned".
  await page.keyboard.press("Tab");
  await expect(button(page, b, "Flyt ned")).toBeFocused();
  await page.keyboard.press("Enter");
  await expectOrder([a, b, c]);
  await expect(button(page, b, "Flyt ned")).toBeFocused();
  await page.keyboard.press("Enter");
  await expectOrder([a, c, b]);
  await expect(button(page, b, "Flyt ned")).toBeFocused();
  await expect(button(page, b, "Flyt ned")).toHaveAttribute("aria-disabled", "true");
});

test("the meetings list's caption is for screen readers only; the action item's staff field is not named like the party (fix15 item 6)", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await loginAs(page, "coordinator");
  await createMeetingInBrowser(page, { kind: "LEADERSHIP", title: `Etikettest ${stamp}` });
  const form = page.locator("form").filter({ has: page.getByRole("heading", { name: "Tilføj anonymiseret punkt" }) });
  const q = `Etiket ${stamp}`;
  await form.getByRole("textbox", { name: "Spørgsmål" }).fill(q);
  await form.getByRole("button", { name: "Tilføj punkt" }).click();
  const item = itemOf(page, q);
  await expect(item).toHaveCount(1);
  await expect(item.getByRole("combobox", { name: "Hvilken medarbejder" })).toHaveCount(1);
  await expect(item.getByRole("combobox", { name: "Medarbejder", exact: true })).toHaveCount(0);
  await expect(item.getByRole("option", { name: "Medarbejder", exact: true })).toHaveCount(1);

  await page.goto("/meetings");
  const table = page.getByRole("table", { name: "Kommende møder, møder med åbent referat og de seneste afholdte" });
  await expect(table).toHaveCount(1);
  const caption = table.locator("caption");
  expect(await caption.evaluate((c) => c.getBoundingClientRect().width * c.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
});
