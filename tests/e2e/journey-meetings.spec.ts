// Journey 4 (issue 12): the coordinator builds the weekly conference's agenda from the suggestions,
// records a decision with an action item for the therapist; the therapist sees it in "My tasks" and
// completes it; the caseworker sees it on the citizen's case timeline. axe on every page.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { loginAs, type DemoRole } from "./support/login";

async function as(browser: Browser, role: DemoRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, role);
  return page;
}

function isoDayFromNow(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(new Date(Date.now() + days * 86_400_000));
}

test("journey 4: agenda from suggestions → decision and task → therapist completes it → case timeline", async ({ browser }) => {
  // Three users in three browser contexts, each signing in (argon2): near the 60 s default on a busy machine.
  test.setTimeout(180_000);
  const task = `Revurdér træningsplanen (e2e ${Date.now()})`;

  // The coordinator's landing page: upcoming meetings and open action items.
  const co = await as(browser, "coordinator");
  await co.goto("/coordination");
  const upcoming = co.getByRole("table", { name: "Kommende møder" });
  await expect(upcoming).toBeVisible();
  await expectNoSeriousA11yViolations(co);
  await upcoming.getByRole("link", { name: "Fælles sagskonference" }).first().click();
  await expect(co.getByRole("heading", { level: 1, name: "Fælles sagskonference" })).toBeVisible();
  const meetingUrl = co.url();
  // The tab's title names the meeting's kind and day (walk4 item 6), the day the page shows.
  const when = (await co.getByRole("definition").first().innerText()).trim();
  const day = when.match(/\d{2}\.\d{2}\.\d{4}/)?.[0];
  expect(day, `a day in "${when}"`).toBeTruthy();
  await expect(co).toHaveTitle(`Ugentlig fælles sagskonference · ${day} · Samspil`);

  // Suggestions with their reasons; a named one goes on the agenda.
  const suggestions = co.getByRole("table", { name: "Forslag med begrundelse" });
  await expect(suggestions).toBeVisible();
  await expectNoSeriousA11yViolations(co);
  const add = suggestions.getByRole("button", { name: /^Sæt på dagsordenen: / }).first();
  const label = (await add.getAttribute("aria-label"))!;
  const name = label.slice("Sæt på dagsordenen: ".length).split(" – ")[0]!;
  await add.click();
  const item = co.getByRole("listitem").filter({ has: co.getByRole("heading", { level: 3, name: new RegExp(name) }) });
  await expect(item).toBeVisible();
  // Taken up: the suggestion can no longer be added (a flag is gone, a rule's shows "already on the agenda").
  await expect(suggestions.getByRole("button", { name: label, exact: true })).toHaveCount(0);

  // A stale tab (the same coordinator in a second tab, opened before the other tab adds an anonymised
  // suggestion): its add is refused as already on the agenda, and the tab then shows the current
  // state, "already on the agenda" instead of the add button (uxfix item 1).
  const stale = await co.context().newPage();
  await stale.goto(meetingUrl);
  const staleSuggestions = stale.getByRole("table", { name: "Forslag med begrundelse" });
  const anonymised = suggestions.getByRole("button", { name: /^Sæt anonymiseret på dagsordenen: / }).first();
  const anonLabel = (await anonymised.getAttribute("aria-label"))!;
  const reason = anonLabel.slice("Sæt anonymiseret på dagsordenen: ".length);
  const staleButton = staleSuggestions.getByRole("button", { name: anonLabel, exact: true });
  await expect(staleButton).toHaveCount(1);
  await anonymised.click();
  await expect(suggestions.getByRole("button", { name: anonLabel, exact: true })).toHaveCount(0);
  await staleButton.click();
  await expect(staleButton).toHaveCount(0);
  // The anonymised item names no case: the row says it covers this case (fix9 item 4).
  await expect(staleSuggestions.getByRole("row").filter({ hasText: reason })).toContainText(
    "Et anonymiseret punkt med samme tekst er på dagsordenen (dækker denne sag)",
  );
  // Put on the agenda once, not twice. The item's question is the reason without its source, which the
  // item shows beside it ("Lovpligtig frist · Spørgsmål: Fristen …", not "Lovpligtig frist" twice; walk6).
  const question = reason.slice(reason.indexOf(": ") + 2);
  await expect(stale.getByRole("listitem").filter({ hasText: `Spørgsmål: ${question}` })).toHaveCount(1);
  await expect(stale.getByRole("listitem").filter({ hasText: `Spørgsmål: ${reason}` })).toHaveCount(0);
  await expectNoSeriousA11yViolations(stale);
  await stale.close();

  // Minutes: a decision, and an action item for the therapist.
  await item.getByRole("textbox", { name: "Beslutning", exact: true }).fill("Træningen øges; arbejdsgiveren inddrages.");
  await item.getByRole("button", { name: "Gem referat" }).click();
  await expect(item.getByRole("status").filter({ hasText: "Referatet er gemt." })).toBeVisible();
  const taskForm = item.locator("form").filter({ has: co.getByRole("button", { name: "Tilføj opgave" }) });
  await taskForm.getByRole("textbox", { name: "Opgave", exact: true }).fill(task);
  await taskForm.getByRole("combobox", { name: "Ansvarlig part" }).selectOption("STAFF");
  await taskForm.getByRole("combobox", { name: "Hvilken medarbejder", exact: true }).selectOption({ label: "Jonas Lund" });
  await taskForm.getByLabel("Frist").fill(isoDayFromNow(7));
  await taskForm.getByRole("button", { name: "Tilføj opgave" }).click();
  await expect(item.getByRole("row").filter({ hasText: task })).toContainText("Jonas Lund");
  await expectNoSeriousA11yViolations(co);

  // The therapist finds it in "My tasks" (from the navigation) and completes it.
  const th = await as(browser, "therapist");
  await th.getByRole("navigation").getByRole("link", { name: "Mine opgaver" }).click();
  await expect(th.getByRole("heading", { level: 1, name: "Mine opgaver" })).toBeVisible();
  const row = th.getByRole("row").filter({ hasText: task });
  await expect(row).toContainText("Fælles sagskonference");
  await expectNoSeriousA11yViolations(th);
  await row.getByRole("button", { name: `Markér som udført: ${task}` }).click();
  await expect(th.getByRole("row").filter({ hasText: task })).toContainText("Udført");
  // The completing form leaves the row with the save; the page says so above the list (ADR 0032).
  await expect(th.getByRole("status").filter({ hasText: "Opgaven er markeret som udført." })).toBeVisible();
  await expectNoSeriousA11yViolations(th);

  // The caseworker sees the completed action item on the citizen's case timeline.
  const cw = await as(browser, "caseworker");
  await cw.goto(meetingUrl);
  await expectNoSeriousA11yViolations(cw);
  await cw.getByRole("heading", { level: 3 }).getByRole("link", { name }).click();
  await expect(cw.getByRole("heading", { level: 1 })).toContainText(name.split(" ")[0]!);
  await expectNoSeriousA11yViolations(cw);
  await cw.locator("main a[href^='/cases/']").first().click();
  const timeline = cw.getByRole("region", { name: "Sagsforløb" });
  await expect(timeline.getByText(`Opgave fra møde udført: ${task}`)).toBeVisible();
  await expect(timeline.getByText("Udført af Jonas Lund").first()).toBeVisible();
  await expectNoSeriousA11yViolations(cw);
});
