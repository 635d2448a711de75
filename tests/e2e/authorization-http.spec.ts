// The authorization matrix at the HTTP level (issue 9): the same rules as
// tests/integration/authorization-matrix.test.ts, tried over the real pages with the seeded demo
// users. Only cells whose outcome does not depend on the demo data's consents are listed here, on the
// first records of the lists; the consent states, and every page rule of the shared table
// (tests/support/authorization-matrix.ts) for the six demo roles, are tried on one citizen in
// authorization-consent-http.spec.ts, the server actions in authorization-actions.spec.ts. A forbidden page
// must be indistinguishable from a missing one: the same status and the same page text as the same
// route with an id that does not exist.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { loginAs, type DemoRole } from "./support/login";

type Ids = { caseId: string; citizenId: string; planId: string; referralId: string };
type Cell = { path: (ids: Ids) => string; role: DemoRole; expected: 200 | 404 };

const PERSON_PAGES: ((ids: Ids) => string)[] = [
  (i) => `/cases/${i.caseId}`,
  (i) => `/cases/${i.caseId}/rtw`,
  (i) => `/cases/${i.caseId}/rehab`,
  (i) => `/health/cases/${i.caseId}`,
  (i) => `/citizens/${i.citizenId}`,
  (i) => `/citizens/${i.citizenId}/access-report`,
  (i) => `/consents/${i.citizenId}`,
  (i) => `/rehab/${i.planId}`,
  (i) => `/referrals/${i.referralId}`,
];

const CELLS: Cell[] = [
  // Leaders and administrators never see a person (SPEC §2).
  ...PERSON_PAGES.flatMap((path) => (["manager", "admin"] as const).map((role) => ({ path, role, expected: 404 as const }))),
  // The jobcenter's own records; the full rehab plan stays the health center's.
  { path: (i) => `/cases/${i.caseId}`, role: "caseworker", expected: 200 },
  { path: (i) => `/citizens/${i.citizenId}`, role: "caseworker", expected: 200 },
  { path: (i) => `/rehab/${i.planId}`, role: "caseworker", expected: 404 },
  // The health center's own records; the jobcenter's citizen register is not theirs.
  { path: (i) => `/rehab/${i.planId}`, role: "therapist", expected: 200 },
  { path: (i) => `/referrals/${i.referralId}`, role: "visitator", expected: 200 },
  { path: (i) => `/citizens/${i.citizenId}`, role: "therapist", expected: 404 },
  { path: (i) => `/citizens/${i.citizenId}`, role: "visitator", expected: 404 },
];

/** The first link in the main content whose href matches `pattern`; its id. */
async function firstId(page: Page, url: string, pattern: RegExp): Promise<string> {
  await page.goto(url);
  const hrefs = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const id = hrefs.map((h) => h.match(pattern)?.[1]).find(Boolean);
  expect(id, `a link matching ${pattern} on ${url}`).toBeTruthy();
  return id!;
}

async function asRole<T>(browser: Browser, role: DemoRole, work: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await loginAs(page, role);
    return await work(page);
  } finally {
    await context.close();
  }
}

/** Status and visible text of the main content (the 404 page's text for a missing record). */
async function load(page: Page, path: string) {
  const res = await page.goto(path);
  return { status: res?.status(), text: (await page.locator("main").innerText()).trim() };
}

test("forbidden person pages are the same 404 as missing ones; allowed ones open", async ({ browser }) => {
  test.setTimeout(240_000);
  const ids = {} as Ids;
  await asRole(browser, "caseworker", async (page) => {
    ids.caseId = await firstId(page, "/cases", /^\/cases\/([0-9a-f-]{36})$/);
    ids.citizenId = await firstId(page, `/cases/${ids.caseId}`, /^\/citizens\/([0-9a-f-]{36})$/);
  });
  await asRole(browser, "therapist", async (page) => {
    ids.planId = await firstId(page, "/rehab", /^\/rehab\/([0-9a-f-]{36})$/);
  });
  await asRole(browser, "visitator", async (page) => {
    ids.referralId = await firstId(page, "/referrals", /^\/referrals\/([0-9a-f-]{36})$/);
  });
  const missing: Ids = { caseId: randomUUID(), citizenId: randomUUID(), planId: randomUUID(), referralId: randomUUID() };

  for (const role of [...new Set(CELLS.map((c) => c.role))]) {
    await asRole(browser, role, async (page) => {
      for (const cell of CELLS.filter((c) => c.role === role)) {
        const path = cell.path(ids);
        const real = await load(page, path);
        expect.soft(real.status, `${role} ${path}`).toBe(cell.expected);
        if (cell.expected !== 404) continue;
        const absent = await load(page, cell.path(missing));
        expect.soft(absent.status, `${role} ${cell.path(missing)}`).toBe(404);
        expect.soft(real.text, `${role} ${path}: the same page as a missing record`).toBe(absent.text);
      }
    });
  }
});
