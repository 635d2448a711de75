// Journey (issue 9): the caseworker records the citizen's consent; the therapist opens the
// jobcenter's case read-only under it; the caseworker revokes; the therapist's next page load is a
// 404 — through a fresh load, the Back button and a client-side navigation from a page rendered
// before the revocation — and a document restored by the browser's back/forward cache is reloaded.
// axe runs on every page of the journey.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { loginAs } from "./support/login";
import { NO_CONSENT_IN_FORCE } from "./support/citizens";

type Found = { referralUrl: string; citizenId: string; name: string };

/** A referral in the therapist's inbox whose citizen has no consent towards the health center. */
async function referralWithoutConsent(page: Page): Promise<Found> {
  await page.goto("/referrals");
  const hrefs = await page.locator("main a[href^='/referrals/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  for (const href of [...new Set(hrefs)]) {
    await page.goto(href);
    const section = page.getByRole("region", { name: "Jobcentrets oplysninger" });
    if (!(await section.getByText(NO_CONSENT_IN_FORCE).first().isVisible())) continue;
    const consentHref = await section.getByRole("link", { name: "Se, registrér eller tilbagekald samtykke" }).getAttribute("href");
    const name = (await page.getByRole("heading", { level: 1 }).textContent())!.replace(/^Henvisning: /, "");
    return { referralUrl: href, citizenId: consentHref!.split("/").pop()!, name };
  }
  throw new Error("no referral without consent in the seeded inbox");
}

async function newUser(browser: Browser, role: "caseworker" | "therapist"): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginAs(page, role);
  return page;
}

async function recordConsent(page: Page, citizenId: string) {
  await page.goto(`/citizens/${citizenId}`);
  const panel = page.getByRole("region", { name: "Samtykke" });
  await expect(panel.getByRole("table", { name: "Samtykke pr. retning lige nu" })).toBeVisible();
  await panel.locator("summary").filter({ hasText: "Registrér samtykke" }).click();
  const form = panel.locator("form").first();
  // No direction chosen: refused next to the group, nothing recorded.
  await form.getByRole("radio", { name: "Skriftligt" }).check();
  await form.getByRole("textbox", { name: "Formål" }).fill("Koordineret indsats for tilbagevenden til arbejdet");
  await form.getByRole("textbox", { name: "Gælder til og med" }).fill(isoDayFromNow(60));
  await form.getByRole("button", { name: "Registrér samtykke" }).click();
  await expect(form.getByRole("group", { name: "Hvad giver borgeren samtykke til?" })).toContainText("Vælg mindst én retning.");
  await expectNoSeriousA11yViolations(page);
  await form.getByRole("checkbox", { name: /^Sundhedscenter → jobcenter/ }).check();
  await form.getByRole("checkbox", { name: /^Jobcenter → sundhedscenter/ }).check();
  await form.getByRole("button", { name: "Registrér samtykke" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Samtykket er registreret." })).toHaveText("Samtykket er registreret.");
  const summary = panel.getByRole("table", { name: "Samtykke pr. retning lige nu" });
  await expect(summary.getByRole("row", { name: /^Jobcenter → sundhedscenter Givet Til og med/ })).toBeVisible();
  await expect(summary.getByRole("row", { name: /^Sundhedscenter → jobcenter Givet Til og med/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
}

async function revokeConsent(page: Page, citizenId: string) {
  await page.goto(`/citizens/${citizenId}`);
  const panel = page.getByRole("region", { name: "Samtykke" });
  const item = panel.getByRole("listitem").filter({ hasText: "Gælder" }).filter({ hasText: "Koordineret indsats" }).first();
  await item.locator("summary").filter({ hasText: "Tilbagekald samtykke" }).click();
  await item.getByRole("textbox", { name: "Begrundelse (valgfri)" }).fill("Borgeren ønsker ikke længere at dele oplysninger");
  await item.getByRole("button", { name: "Ja, tilbagekald samtykket" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Samtykket er tilbagekaldt." })).toBeVisible();
  await expect(panel.getByRole("table", { name: "Samtykke pr. retning lige nu" })).toContainText("Intet samtykke registreret");
  await expectNoSeriousA11yViolations(page);
}

function isoDayFromNow(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(d);
}

/** The therapist and the caseworker signed in, and a referral whose citizen the caseworker has just recorded consent for. */
async function consentedReferral(browser: Browser): Promise<{ therapist: Page; caseworker: Page; found: Found }> {
  const therapist = await newUser(browser, "therapist");
  const found = await referralWithoutConsent(therapist);
  const caseworker = await newUser(browser, "caseworker");
  await recordConsent(caseworker, found.citizenId);
  return { therapist, caseworker, found };
}

async function expectNotFound(page: Page, name: string) {
  await expect(page.getByRole("heading", { level: 1, name: "Siden findes ikke" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `Jobcentrets sag: ${name}` })).toHaveCount(0);
  await expect(page.getByText("Vises med borgerens samtykke")).toHaveCount(0);
}

test("consent: recorded → the therapist reads the case → revoked → 404 on reload, Back and client navigation", async ({ browser }) => {
  test.setTimeout(180_000);
  const { therapist, caseworker, found } = await consentedReferral(browser);

  // The therapist opens the jobcenter's case read-only from the referral (a client navigation).
  await therapist.goto(found.referralUrl);
  const jobcenter = therapist.getByRole("region", { name: "Jobcentrets oplysninger" });
  await expect(jobcenter).toContainText("Formål: Koordineret indsats for tilbagevenden til arbejdet");
  await expectNoSeriousA11yViolations(therapist);
  await jobcenter.getByRole("link", { name: "Se jobcentrets sag (kun læsning)" }).click();
  await expect(therapist.getByRole("heading", { level: 1, name: `Jobcentrets sag: ${found.name}` })).toBeVisible();
  const caseUrl = therapist.url();
  expect(caseUrl).toMatch(/\/health\/cases\/[0-9a-f-]{36}$/);
  await expect(therapist.getByRole("note")).toContainText("Jobcentrets sag – kun til orientering");
  await expect(therapist.getByRole("region", { name: "Sagens fakta" })).toBeVisible();
  await expect(therapist.getByRole("main").getByRole("button")).toHaveCount(0);
  await expect(therapist.getByRole("main").getByRole("textbox")).toHaveCount(0);
  await expectNoSeriousA11yViolations(therapist);

  // The caseworker reads the health center's work on the case, marked with the consent.
  await caseworker.goto(`${caseUrl.replace("/health/cases/", "/cases/")}/rehab`);
  const rehab = caseworker.getByRole("region", { name: "Genoptræning" });
  await expect(rehab.getByRole("note")).toContainText("Sundhedscentrets journal – kun til orientering");
  await expect(rehab.getByRole("note")).toContainText("Formål: Koordineret indsats for tilbagevenden til arbejdet");
  await expect(rehab.getByRole("button")).toHaveCount(0);
  await expectNoSeriousA11yViolations(caseworker);

  // Leave by a client navigation, so the case view sits in the history behind the current page.
  await therapist.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Henvisninger" }).click();
  await expect(therapist).toHaveURL(/\/referrals$/);

  // A second tab shows the referral, with its link to the case, while the consent is active.
  const staleTab = await therapist.context().newPage();
  await staleTab.goto(found.referralUrl);
  await expect(staleTab.getByRole("link", { name: "Se jobcentrets sag (kun læsning)" })).toBeVisible();

  await revokeConsent(caseworker, found.citizenId);

  // Back: the case view is asked from the server again and is now 404.
  await therapist.goBack();
  await expect(therapist).toHaveURL(caseUrl);
  await expectNotFound(therapist, found.name);
  await expectNoSeriousA11yViolations(therapist);

  // Client navigation from a page rendered while the consent was active (a second tab): 404.
  await staleTab
    .getByRole("region", { name: "Jobcentrets oplysninger" })
    .getByRole("link", { name: "Se jobcentrets sag (kun læsning)" })
    .click();
  await expect(staleTab).toHaveURL(caseUrl);
  await expectNotFound(staleTab, found.name);

  // A fresh load is 404 with the status code of a missing page.
  const response = await therapist.goto(caseUrl);
  expect(response?.status()).toBe(404);
  await expectNotFound(therapist, found.name);
  await expectNoSeriousA11yViolations(therapist);
});

test("consent: a case view restored from the browser's back/forward cache is reloaded and then 404", async ({ browser }) => {
  test.setTimeout(180_000);
  const { therapist, caseworker, found } = await consentedReferral(browser);

  await therapist.goto(found.referralUrl);
  const href = await therapist.getByRole("link", { name: "Se jobcentrets sag (kun læsning)" }).getAttribute("href");
  // Full document loads only: history traversal is the browser's own, not the client router's.
  const first = await therapist.goto(href!);
  expect(first?.headers()["cache-control"]).toContain("no-store");
  await expect(therapist.getByRole("heading", { level: 1, name: `Jobcentrets sag: ${found.name}` })).toBeVisible();
  await therapist.goto("/health");
  await expectNoSeriousA11yViolations(therapist);

  await revokeConsent(caseworker, found.citizenId);

  await therapist.goBack();
  await expectNotFound(therapist, found.name);
  await expectNoSeriousA11yViolations(therapist);
});
