// Trust defects seen in the browser (issue 8): the access log records only what a person saw
// (item 3: list pages do not prefetch person pages, and a prefetch request neither renders nor
// logs), and no personal data ever reaches a URL (item 9: every search and form posts, with and
// without JavaScript; the address bar, the requests and the history hold no name or CPR number).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_PASSWORD, loginAs, ROLES, submitLogin } from "./support/login";
import { openCaseForCitizen, registerCitizen } from "./support/citizens";

test.describe.configure({ mode: "serial" });

const serial = String(Date.now() % 1000).padStart(3, "0");
const CPR = `150397-3${serial}`;
const FIRST = "Ulla";
const LAST = `Adressefri${String.fromCharCode(97 + (Date.now() % 26))}`;
/** Fragments that must never appear in a URL: the birth date, the serial, the surname. */
const SECRETS = ["150397", `3${serial}`, LAST, LAST.toLowerCase()];
let citizenPath = "";
let casePath = "";

const PERSON_PAGE = /\/(cases|citizens|referrals|rehab|consents)\/[0-9a-f-]{36}|\/health\/cases\/[0-9a-f-]{36}/;

/** Every URL the page requests or navigates to (what the server log and the history can hold). */
function recordUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  page.on("framenavigated", (f) => {
    if (f === page.mainFrame()) urls.push(f.url());
  });
  return urls;
}

function expectNoSecrets(urls: string[]) {
  for (const u of urls) for (const s of SECRETS) expect(decodeURIComponent(u), `URL ${u}`).not.toContain(s);
}

test("the caseworker registers a citizen and opens a case without the name or CPR in any URL", async ({ page }) => {
  const urls = recordUrls(page);
  await loginAs(page, "caseworker");
  citizenPath = await registerCitizen(page, { cpr: CPR, firstName: FIRST, lastName: LAST });
  casePath = await openCaseForCitizen(page, 10);
  expectNoSecrets(urls);
});

/** A browser context signed in as the caseworker (signed in with JavaScript, then `javaScriptEnabled` as asked). */
async function caseworkerContext(browser: Browser, javaScriptEnabled: boolean) {
  const setup = await browser.newContext({ locale: "da-DK" });
  const login = await setup.newPage();
  await loginAs(login, "caseworker");
  const storageState = await setup.storageState();
  await setup.close();
  return browser.newContext({ javaScriptEnabled, storageState, locale: "da-DK" });
}

async function searchEverywhere(browser: Browser, javaScriptEnabled: boolean) {
  const ctx = await caseworkerContext(browser, javaScriptEnabled);
  try {
    const page = await ctx.newPage();
    const urls = recordUrls(page);
    // The citizen register: by CPR number, then by name.
    await page.goto("/citizens");
    for (const q of [CPR, CPR.replace("-", ""), `${FIRST} ${LAST}`]) {
      const previous = page.url();
      await page.getByRole("searchbox", { name: "Søg efter borger" }).fill(q);
      await page.getByRole("button", { name: "Søg", exact: true }).click();
      // Each search gets a new random search id: the page really was searched again.
      await expect(page).not.toHaveURL(previous);
      await expect(page.getByRole("table").getByRole("link", { name: `${FIRST} ${LAST}` })).toBeVisible();
      await expect(page.getByRole("searchbox", { name: "Søg efter borger" })).toHaveValue(q);
      await expect(page).toHaveURL(/\/citizens\?search=[\w-]+$/);
    }
    if (javaScriptEnabled) await expectNoSeriousA11yViolations(page);
    // My cases: the search of the filter form.
    await page.goto("/cases");
    await page.getByRole("searchbox", { name: "Søg" }).fill(LAST);
    await page.getByLabel("Fristens tilstand").selectOption("");
    await page.getByRole("button", { name: "Vis", exact: true }).click();
    await expect(page.getByRole("table").getByRole("link", { name: new RegExp(LAST) })).toBeVisible();
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
    // The history: going back never shows a URL with the search text.
    for (let i = 0; i < 3; i++) {
      await page.goBack();
      urls.push(page.url());
    }
    expectNoSecrets(urls);
    expect(urls.some((u) => u.includes("search="))).toBe(true);
  } finally {
    await ctx.close();
  }
}

test("searches by CPR number and name post, with JavaScript: nothing personal in URLs or history", async ({ browser }) => {
  await searchEverywhere(browser, true);
});

test("searches by CPR number and name post, without JavaScript: nothing personal in URLs or history", async ({ browser }) => {
  await searchEverywhere(browser, false);
});

test("forms submitted without JavaScript post: login and a form of the one form pattern", async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, locale: "da-DK" });
  try {
    const page = await ctx.newPage();
    const urls = recordUrls(page);
    await page.goto("/login");
    await page.getByRole("textbox", { name: "E-mail", exact: true }).fill("sagsbehandler@samspil.test");
    await page.getByRole("textbox", { name: "Adgangskode", exact: true }).fill("not-the-password");
    await page.getByRole("button", { name: "Log ind", exact: true }).click();
    await page.waitForLoadState("load");
    for (const u of urls) {
      expect(u).not.toContain("sagsbehandler");
      expect(u).not.toContain("not-the-password");
    }
  } finally {
    await ctx.close();
  }
  // Signed in, without JavaScript: registering a citizen (useActionForm + <Form>) posts to its server action.
  const noJs = await caseworkerContext(browser, false);
  try {
    const page = await noJs.newPage();
    const urls = recordUrls(page);
    await page.goto("/citizens/new");
    await page.getByLabel("CPR-nummer").fill(CPR); // already registered: refused by the server action
    await page.getByLabel("Fornavn").fill(FIRST);
    await page.getByLabel("Efternavn").fill(LAST);
    await page.getByRole("button", { name: "Opret borger" }).click();
    await page.waitForLoadState("load");
    expect(new URL(page.url()).pathname).toBe("/citizens/new");
    expectNoSecrets(urls);
  } finally {
    await noJs.close();
  }
});

test("without JavaScript a follow-up's form is one link away: the page again, with the forms drawn by the server", async ({ browser }) => {
  const noJs = await caseworkerContext(browser, false);
  try {
    const page = await noJs.newPage();
    // A follow-up's forms are drawn by the browser (ADR 0029); without JavaScript a closed section
    // holds a link that loads the page again with the forms drawn by the server and that section open.
    // The first of the caseworker's cases that has a follow-up to correct (earlier specs may have added cases without one).
    await page.goto("/cases");
    const hrefs = await page
      .getByRole("table")
      .getByRole("link")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    const list = page.getByRole("list", { name: "Sagens opfølgningssamtaler, nyeste først" });
    const section = list.locator("details").filter({ hasText: "Ret samtalen" }).first();
    for (const href of hrefs.filter((h) => /^\/cases\/[0-9a-f-]{36}$/.test(h))) {
      await page.goto(href);
      if ((await section.count()) > 0) break;
    }
    await section.locator("summary").click();
    await expect(section.getByRole("textbox", { name: /Begrundelse for rettelsen/ })).toHaveCount(0);
    await section.getByRole("link", { name: /Vis formularen/ }).click();
    await page.waitForURL(/\?form=correct-/);
    const opened = page.locator("details[open]").filter({ hasText: "Ret samtalen" });
    await expect(opened).toHaveCount(1);
    await expect(opened.getByRole("textbox", { name: /Begrundelse for rettelsen/ })).toBeVisible();
    await expect(opened.getByRole("button", { name: "Gem rettelse" })).toBeVisible();
  } finally {
    await noJs.close();
  }
});

test("list pages do not prefetch person pages; a prefetch request is answered without rendering or logging", async ({ browser }) => {
  const pages: Record<"caseworker" | "therapist" | "visitator", string[]> = {
    caseworker: ["/cases", "/citizens"],
    therapist: ["/health", "/rehab"],
    visitator: ["/health", "/referrals"],
  };
  for (const [role, paths] of Object.entries(pages) as [keyof typeof pages, string[]][]) {
    const ctx = await browser.newContext({ locale: "da-DK" });
    try {
      const page = await ctx.newPage();
      await loginAs(page, role);
      const requested: string[] = [];
      page.on("request", (r) => {
        if (PERSON_PAGE.test(new URL(r.url()).pathname)) requested.push(`${r.method()} ${r.url()}`);
      });
      for (const path of paths) {
        await page.goto(path);
        // The page lists people (otherwise there would be nothing to prefetch)…
        await expect(page.locator("main a[href]").first()).toBeVisible();
        const personLinks = await page
          .locator("main a[href]")
          .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        expect(
          personLinks.some((p) => /[0-9a-f-]{36}/.test(p)),
          `${role} ${path} lists people`,
        ).toBe(true);
        // …and while the user reads it, nothing of a person page is fetched.
        await page.mouse.move(400, 400);
        await page.waitForTimeout(2500);
      }
      expect(requested, `${role}: requests for person pages without opening one`).toEqual([]);
    } finally {
      await ctx.close();
    }
  }

  // The router's prefetch of the case page (recognised by the page: Next.js strips these headers
  // before the proxy) and the browser's speculative prefetch (answered 204 by the proxy): no person
  // data, no-store, and no access-log row.
  const ctx = await browser.newContext({ locale: "da-DK" });
  try {
    const page = await ctx.newPage();
    await loginAs(page, "caseworker");
    const prefetches: Record<string, string>[] = [
      { RSC: "1", "Next-Router-Prefetch": "1" },
      { RSC: "1", "Next-Router-Segment-Prefetch": "/_tree" },
      { "Sec-Purpose": "prefetch" },
    ];
    for (const headers of prefetches) {
      const res = await page.request.get(casePath, { headers });
      // 204 from the proxy (browser prefetch), a not-found or a bare route tree from the page
      // (router prefetch): never the person's data (and no log row: checked below).
      const body = await res.text();
      expect(body, JSON.stringify(headers)).not.toContain(LAST);
      expect(res.headers()["cache-control"]).toContain("no-store");
    }
    // The control: the same request without the prefetch header renders the case.
    const real = await page.request.get(casePath, { headers: { RSC: "1" } });
    expect(real.status()).toBe(200);
    expect(await real.text()).toContain(LAST);
    // The citizen's access report: the newest row is the case opened by the control request above
    // (the report logs itself after it is produced); the prefetches left nothing.
    await page.goto(`${citizenPath}/access-report`);
    const rows = page.getByRole("table", { name: "Adgang til dine oplysninger, nyeste først" }).getByRole("row");
    await expect(rows.nth(1)).toContainText("Sygedagpengesag");
    await expect(rows.nth(1)).toContainText("Så oplysningerne");
    const before = await rows.count();
    for (let i = 0; i < 3; i++) await page.request.get(casePath, { headers: { RSC: "1", "Next-Router-Prefetch": "1" } });
    await page.reload();
    // Only the first report's own EXPORT row was added.
    await expect(rows).toHaveCount(before + 1);
    await expect(rows.nth(1)).toContainText("Lavede et udtræk af oplysningerne (oversigt, udskrift eller download)");
    await expect(rows.nth(2)).toContainText("Så oplysningerne");
  } finally {
    await ctx.close();
  }
});

test("a note typed when the session ends survives login, which returns to the page; Back after sign-out shows no person data", async ({
  browser,
}) => {
  const ctx = await browser.newContext({ locale: "da-DK" });
  try {
    const page = await ctx.newPage();
    await loginAs(page, "caseworker");
    await page.goto(casePath);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(LAST);
    const heldForm = () =>
      page
        .locator("form")
        .filter({ has: page.getByRole("button", { name: "Gem opfølgning" }) })
        .first();
    await page.locator("summary").filter({ hasText: "Registrér afholdt opfølgning" }).click();
    const note = "Borgeren fortæller om god fremgang; aftalt delvis opstart fra næste uge.";
    await heldForm().getByLabel("Resumé af samtalen").fill(note);

    // The session ends elsewhere: signed out in another tab (the server session is revoked), while
    // this tab still sends the old cookie.
    const cookies = await ctx.cookies();
    const other = await ctx.newPage();
    await other.goto("/cases");
    await other.getByRole("button", { name: "Log ud", exact: true }).click();
    await expect(other).toHaveURL(/\/login/);
    await other.close();
    await ctx.addCookies(cookies);

    // Saving sends the user to the login page, which knows where they came from…
    await heldForm().getByRole("button", { name: "Gem opfølgning" }).click();
    await expect(page).toHaveURL(/\/login\?expired=1&callbackUrl=/);
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(casePath);
    await expect(page.getByRole("status").filter({ hasText: "Du er blevet logget ud." })).toBeVisible();
    // …and after login they are back on the case with the note restored.
    await submitLogin(page, ROLES.caseworker.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(new RegExp(`${casePath}$`), { timeout: 60_000 });
    // The collapsed section holding the form opens by itself when the draft is put back.
    await expect(page.locator("details").filter({ has: heldForm() })).toHaveAttribute("open", "");
    await expect(heldForm().getByLabel("Resumé af samtalen")).toHaveValue(note);
    await expect(heldForm().getByRole("status").filter({ hasText: "Din kladde er gendannet" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await heldForm().getByRole("button", { name: "Gem opfølgning" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Opfølgningen er registreret" })).toBeVisible();
    // Saved: the draft is gone (a reload shows an empty form).
    await page.reload();
    await page.locator("summary").filter({ hasText: "Registrér afholdt opfølgning" }).click();
    await expect(heldForm().getByLabel("Resumé af samtalen")).toHaveValue("");

    // Sign out, then Back: no person page from any cache.
    await page.getByRole("button", { name: "Log ud", exact: true }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goBack();
    await page.waitForLoadState("load");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.locator("body")).not.toContainText(LAST);
  } finally {
    await ctx.close();
  }
});

test("a couple of minutes before the idle limit the user is warned and can stay signed in", async ({ browser }) => {
  const ctx = await browser.newContext({ locale: "da-DK" });
  try {
    const page = await ctx.newPage();
    await page.clock.install();
    await loginAs(page, "caseworker");
    await page.goto(casePath);
    await page.waitForLoadState("networkidle");
    // The guard has hydrated and started its idle clock (on a busy machine this can come after load).
    await expect(page.locator("dialog[data-idle-clock]")).toHaveCount(1);
    const dialog = page.getByRole("alertdialog", { name: "Du bliver snart logget ud" });
    await expect(dialog).toBeHidden();
    // The demo server's idle limit is 15 minutes: the warning opens at 13.
    await page.clock.runFor("12:30");
    await expect(dialog).toBeHidden();
    await page.clock.runFor("01:00");
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Forbliv logget ind" })).toBeFocused();
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole("button", { name: "Forbliv logget ind" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(LAST);
  } finally {
    await ctx.close();
  }
});

test("a draft comes back only in the form it was typed in (a planned follow-up's cancelling and voiding both have only a reason)", async ({
  browser,
}) => {
  const ctx = await caseworkerContext(browser, true);
  try {
    const page = await ctx.newPage();
    await page.goto(casePath);
    await page.locator("summary").filter({ hasText: "Planlæg opfølgning" }).click();
    await page.getByLabel("Tidspunkt (dato og tid)").fill("2030-01-15T10:00");
    await page.getByRole("button", { name: "Planlæg samtale" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Samtalen er planlagt." })).toBeVisible();
    // Newest first: the planned conversation is the list's first item.
    const followUp = page.getByRole("list", { name: "Sagens opfølgningssamtaler, nyeste først" }).getByRole("listitem").first();
    await expect(followUp).toContainText("Planlagt");
    const section = (name: string) => followUp.locator("details").filter({ has: page.locator("summary", { hasText: name }) });
    await section("Annullér samtalen").locator("summary").click();
    const reason = "Registreret på den forkerte borger";
    await section("Annullér samtalen").getByRole("textbox").first().fill(reason);
    await page.reload();
    // The voiding form gets its text back and opens; the cancelling form of the same follow-up does not.
    await expect(section("Annullér samtalen")).toHaveAttribute("open", "");
    await expect(section("Annullér samtalen").getByRole("textbox").first()).toHaveValue(reason);
    await expect(section("Aflyst eller udeblevet")).not.toHaveAttribute("open", "");
    await section("Aflyst eller udeblevet").locator("summary").click();
    await expect(section("Aflyst eller udeblevet").getByRole("textbox").first()).toHaveValue("");
  } finally {
    await ctx.close();
  }
});
