// Meetings in the browser, as a coordinator makes them on /meetings (the "Opret møde" form).
import { expect, type Page } from "@playwright/test";

/** Danish wall-clock "YYYY-MM-DDTHH:mm" of an instant `ms` (the value of the form's datetime-local field). */
export function danishLocal(ms: number): string {
  return new Date(ms).toLocaleString("sv-SE", { timeZone: "Europe/Copenhagen" }).slice(0, 16).replace(" ", "T");
}

/**
 * Creates a meeting through the "Opret møde" form and opens it; returns the meeting page's path.
 * Defaults: starts two days from now, 30 minutes, in "Mødelokale 2".
 */
export async function createMeetingInBrowser(
  page: Page,
  meeting: { kind: "LEADERSHIP" | "WEEKLY_CASE_CONFERENCE"; title: string; startsAt?: number; minutes?: number; place?: string },
): Promise<string> {
  await page.goto("/meetings");
  const create = page.getByRole("region", { name: "Opret møde" });
  await create.getByRole("combobox", { name: "Mødetype" }).selectOption(meeting.kind);
  await create.getByRole("textbox", { name: "Titel" }).fill(meeting.title);
  await create.getByLabel("Starttidspunkt").fill(danishLocal(meeting.startsAt ?? Date.now() + 2 * 86_400_000));
  await create.getByRole("textbox", { name: "Varighed (minutter)" }).fill(String(meeting.minutes ?? 30));
  await create.getByRole("textbox", { name: "Sted eller videolink" }).fill(meeting.place ?? "Mødelokale 2");
  await create.getByRole("button", { name: "Opret", exact: true }).click();
  await create.getByRole("link", { name: "Åbn mødet" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: meeting.title })).toBeVisible();
  return new URL(page.url()).pathname;
}
