// Lazy forms (ADR 0030) never lose input or a submission while their code is on its way or fails to
// come (review6 items 2–4): the page's JavaScript chunks are held or aborted with `page.route` after
// the page has loaded, as a slow network or a redeploy (old chunk names 404) would.
import { expect, test, type Locator, type Page, type Route } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { loginAs } from "./support/login";
import { openCaseForCitizen, registerCitizen } from "./support/citizens";

test.describe.configure({ mode: "serial" });
// A low window: a lazy form shown open further down the case page (the case conference's) would load
// every lazy form's code when scrolled into view; the tests work at the top of the page.
test.use({ viewport: { width: 1280, height: 450 } });

const serial = String(Date.now() % 1000).padStart(3, "0");
const LAST = `Lazyform${String.fromCharCode(97 + (Date.now() % 26))}`;
let casePath = "";
let cases = 0;

const CHUNKS = /\/_next\/static\/chunks\/.+\.js(\?.*)?$/;

/** Holds every JS chunk request from now on until `release()` (then lets them and later ones through). */
async function holdChunks(page: Page) {
  const held: Route[] = [];
  let open = false;
  await page.route(CHUNKS, async (route) => {
    if (open) await route.continue();
    else held.push(route);
  });
  return {
    held,
    release: async () => {
      open = true;
      for (const r of held.splice(0)) await r.continue();
      await page.unroute(CHUNKS);
    },
  };
}

/** True once React has drawn the form (the server's static HTML is not hydrated: no React fiber on it). */
const drawnByReact = (form: Locator) =>
  form.evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactFiber") || k.startsWith("__reactProps")));

const heldForm = (page: Page) =>
  page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Gem opfølgning" }) })
    .first();

/** The follow-ups listed on the case whose summary is `summary`, counted after a fresh load. */
async function followUpsWithSummary(page: Page, summary: string) {
  await page.goto(casePath);
  return page.getByRole("list", { name: "Sagens opfølgningssamtaler, nyeste først" }).getByRole("listitem").filter({ hasText: summary });
}

/**
 * Signs in as the caseworker and registers a new citizen with a new case (`casePath`): each test has
 * its own case, since a case's first follow-up can allocate it to a study, whose form is shown open
 * at the top of the page and so loads every lazy form's code at once.
 */
async function newCase(page: Page) {
  await loginAs(page, "caseworker");
  cases += 1;
  await registerCitizen(page, { cpr: `${String(10 + cases)}0586-4${serial}`, firstName: "Lise", lastName: LAST });
  casePath = await openCaseForCitizen(page, 10);
}

/** Opens the case page fully loaded (every chunk the page needs at load is there before anything is held). */
async function openCase(page: Page, query = "") {
  await page.goto(`${casePath}${query}`);
  await page.waitForLoadState("networkidle");
}

test("a double click while the form's schema loads saves once (review6 item 2)", async ({ page }) => {
  await newCase(page);
  await openCase(page);
  await page.locator("summary").filter({ hasText: "Registrér afholdt opfølgning" }).click();
  await expect.poll(() => drawnByReact(heldForm(page))).toBe(true);
  const summary = `Dobbeltklik ${serial}: borgeren træner fast.`;
  const hold = await holdChunks(page);
  // The first focus in the form asks for its schema: held.
  await heldForm(page).getByLabel("Resumé af samtalen").fill(summary);
  await expect.poll(() => hold.held.length).toBeGreaterThan(0);
  await heldForm(page).getByRole("button", { name: "Gem opfølgning" }).dblclick();
  await hold.release();
  await expect(page.getByRole("status").filter({ hasText: "Opfølgningen er registreret" })).toBeVisible();
  await expect(await followUpsWithSummary(page, summary)).toHaveCount(1);
});

test("when the form's code cannot load, the submission is posted by the browser and saved (review6 item 3)", async ({ page }) => {
  await newCase(page);
  await openCase(page);
  const aborted: string[] = [];
  await page.route(CHUNKS, (route) => {
    aborted.push(route.request().url());
    return route.abort();
  });
  // Opening the section asks for the forms' code: it fails.
  await page.locator("summary").filter({ hasText: "Registrér afholdt opfølgning" }).click();
  await expect.poll(() => aborted.length).toBeGreaterThan(0);
  const summary = `Uden formularkode ${serial}: aftalt opstart.`;
  await heldForm(page).getByLabel("Resumé af samtalen").fill(summary);
  expect(await drawnByReact(heldForm(page))).toBe(false);
  // The click tries the code again (fails again) and then lets the browser post the form to its server action.
  const posted = page.waitForRequest((r) => r.method() === "POST" && new URL(r.url()).pathname === casePath);
  await heldForm(page).getByRole("button", { name: "Gem opfølgning" }).click();
  await posted;
  await page.waitForLoadState("load");
  await page.unroute(CHUNKS);
  await expect(await followUpsWithSummary(page, summary)).toHaveCount(1);
});

test("a failed load of the form's code is tried again at the next submission, which is then saved as usual", async ({ page }) => {
  await newCase(page);
  await openCase(page);
  await page.route(CHUNKS, (route) => route.abort());
  await page.locator("summary").filter({ hasText: "Registrér afholdt opfølgning" }).click();
  const summary = `Andet forsøg ${serial}: delvis raskmelding.`;
  await heldForm(page).getByLabel("Resumé af samtalen").fill(summary);
  // The first load has failed (the network is back now); the submission loads the code again.
  await page.waitForTimeout(300);
  expect(await drawnByReact(heldForm(page))).toBe(false);
  await page.unroute(CHUNKS);
  await heldForm(page).getByRole("button", { name: "Gem opfølgning" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Opfølgningen er registreret" })).toBeVisible();
  await expect(await followUpsWithSummary(page, summary)).toHaveCount(1);
});

test("a tick made before the form's code came is kept and saved (review6 item 4)", async ({ page }) => {
  await newCase(page);
  await openCase(page);
  const hold = await holdChunks(page);
  await page.locator("summary").filter({ hasText: "Registrér afholdt opfølgning" }).click();
  await expect.poll(() => hold.held.length).toBeGreaterThan(0);
  const form = heldForm(page);
  expect(await drawnByReact(form)).toBe(false);
  await form.getByRole("checkbox", { name: "Arbejdsgiver" }).check();
  await form.getByRole("checkbox", { name: "Sagsbehandler" }).uncheck();
  const summary = `Med arbejdsgiveren ${serial}: plan for opstart.`;
  await form.getByLabel("Resumé af samtalen").fill(summary);
  await hold.release();
  await expect.poll(() => drawnByReact(heldForm(page))).toBe(true);
  await expect(form.getByRole("checkbox", { name: "Arbejdsgiver" })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: "Sagsbehandler" })).not.toBeChecked();
  await expect(form.getByRole("checkbox", { name: "Borger" })).toBeChecked();
  await expect(form.getByLabel("Resumé af samtalen")).toHaveValue(summary);
  await expectNoSeriousA11yViolations(page);
  await form.getByRole("button", { name: "Gem opfølgning" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Opfølgningen er registreret" })).toBeVisible();
  const saved = await followUpsWithSummary(page, summary);
  await expect(saved).toHaveCount(1);
  // The participants as listed (the first description of the entry).
  await expect(saved.locator("dd").first()).toHaveText("Borger, Arbejdsgiver");
});

test("a radio choice made before the form's code came is kept and saved (review6 item 4)", async ({ page }) => {
  await newCase(page);
  await openCase(page);
  // A planned conversation, to be registered as missed.
  await page.locator("summary").filter({ hasText: "Planlæg opfølgning" }).click();
  const plan = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Planlæg samtale" }) })
    .first();
  await plan.getByLabel("Tidspunkt (dato og tid)").fill(new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10) + "T10:00");
  await plan.getByRole("button", { name: "Planlæg samtale" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Samtalen er planlagt." })).toBeVisible();

  // ?form=all: the server draws every section's form (closed), as static HTML until the code comes.
  await openCase(page, "?form=all");
  const hold = await holdChunks(page);
  const planned = page
    .getByRole("list", { name: "Sagens opfølgningssamtaler, nyeste først" })
    .getByRole("listitem")
    .filter({ hasText: "Planlagt" })
    .first();
  await planned.locator("summary").filter({ hasText: "Aflyst eller udeblevet" }).click();
  await expect.poll(() => hold.held.length).toBeGreaterThan(0);
  const cancel = planned.locator("form").filter({ has: page.getByRole("button", { name: "Gem", exact: true }) });
  expect(await drawnByReact(cancel)).toBe(false);
  await cancel.getByRole("radio", { name: "Borgeren udeblev" }).check();
  await cancel.getByLabel("Begrundelse").fill("Borgeren mødte ikke op og svarede ikke.");
  await hold.release();
  await expect.poll(() => drawnByReact(cancel)).toBe(true);
  await expect(cancel.getByRole("radio", { name: "Borgeren udeblev" })).toBeChecked();
  await expect(cancel.getByRole("radio", { name: "Samtalen blev aflyst" })).not.toBeChecked();
  await cancel.getByRole("button", { name: "Gem", exact: true }).click();
  // Saved: the conversation is listed as missed (its forms for a planned conversation, and their message, are gone).
  const missed = () =>
    page
      .getByRole("list", { name: "Sagens opfølgningssamtaler, nyeste først" })
      .getByRole("heading", { level: 3 })
      .filter({ hasText: "Udeblevet" });
  await expect(missed()).toHaveCount(1);
  await page.goto(casePath);
  await expect(missed()).toHaveCount(1);
});

test("a correction refused before the page's scripts ran keeps what was sent and its error when the scripts come (fix10 item 2)", async ({
  page,
}) => {
  await loginAs(page, "caseworker");
  cases += 1;
  const citizenPath = await registerCitizen(page, { cpr: `${String(10 + cases)}0586-4${serial}`, firstName: "Lise", lastName: LAST });

  // The first load runs none of the page's scripts: the correction is posted by the browser and refused (no first name).
  await page.route(CHUNKS, (route) => route.abort());
  await page.goto(citizenPath);
  await page.locator("summary").filter({ hasText: "Ret borgerens oplysninger" }).click();
  const occupation = `Lagerarbejder ${serial}`;
  await page.locator("#correct-citizen-firstName").fill("");
  await page.locator("#correct-citizen-occupation").fill(occupation);
  await page.locator("#correct-citizen-reason").fill("Stillingen var ikke noteret.");
  await page.unroute(CHUNKS);
  // The refused page's scripts are held until its HTML is there, then they load.
  const hold = await holdChunks(page);
  await page.getByRole("button", { name: "Gem rettelse" }).click();
  await expect(page.locator("#correct-citizen-firstName")).toHaveAttribute("aria-invalid", "true");
  await hold.release();
  await page.waitForLoadState("networkidle");

  // Opened, the form (its code now there) still holds what was sent and the error.
  await page.locator("summary").filter({ hasText: "Ret borgerens oplysninger" }).click();
  await page.waitForLoadState("networkidle");
  await expect(page.locator("#correct-citizen-firstName-error")).toHaveText("Udfyld feltet.");
  await expect(page.locator("#correct-citizen-firstName")).toHaveValue("");
  await expect(page.locator("#correct-citizen-occupation")).toHaveValue(occupation);
  await expect(page.locator("#correct-citizen-reason")).toHaveValue("Stillingen var ikke noteret.");

  // Corrected, it saves what was sent before and the correction.
  await page.locator("#correct-citizen-firstName").fill("Lise");
  await page.getByRole("button", { name: "Gem rettelse" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Rettelsen er gemt." })).toBeVisible();
  await page.goto(citizenPath);
  await expect(page.locator("dd").filter({ hasText: occupation })).toHaveCount(1);
});

test("a correction refused as a conflict before the page's scripts ran is a conflict again when saved with the scripts there (fix14 item 1)", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await loginAs(page, "caseworker");
  cases += 1;
  const citizenPath = await registerCitizen(page, { cpr: `${String(10 + cases)}0586-4${serial}`, firstName: "Lise", lastName: `${LAST}k` });

  // The first load runs none of the page's scripts: the correction form is filled in the server's HTML.
  await page.route(CHUNKS, (route) => route.abort());
  await page.goto(citizenPath);
  await page.locator("summary").filter({ hasText: "Ret borgerens oplysninger" }).click();
  await page.locator("#correct-citizen-occupation").fill("Pædagog");
  await page.locator("#correct-citizen-reason").fill("Stillingen manglede.");

  // Meanwhile someone else saves a new phone number (a context of its own: no shared drafts).
  const ctx = await browser.newContext({ locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  try {
    const other = await ctx.newPage();
    await loginAs(other, "caseworker");
    await other.goto(citizenPath);
    await other.locator("summary").filter({ hasText: "Ret borgerens oplysninger" }).click();
    await other.locator("#correct-citizen-phone").fill("70202020");
    await other.locator("#correct-citizen-reason").fill("Nyt telefonnummer.");
    await other.getByRole("button", { name: "Gem rettelse" }).click();
    await expect(other.getByText("Rettelsen er gemt.").first()).toBeVisible();
  } finally {
    await ctx.close();
  }

  // Posted by the browser: a conflict. The refused page's scripts are held until its HTML is there, then they load.
  await page.unroute(CHUNKS);
  const hold = await holdChunks(page);
  await page.getByRole("button", { name: "Gem rettelse" }).click();
  // (In the closed section: not in the accessibility tree yet.)
  await expect(page.locator('[role="alert"]').filter({ hasText: "Oplysningerne er ændret af en anden" })).toHaveCount(1);
  await hold.release();
  await page.waitForLoadState("networkidle");

  // Saved again from the conflict's page (the drawn form makes the submission): a conflict again, nothing overwritten.
  await page.locator("summary").filter({ hasText: "Ret borgerens oplysninger" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Oplysningerne er ændret af en anden" });
  await expect(alert).toBeVisible();
  await expect(page.locator("#correct-citizen-occupation")).toHaveValue("Pædagog");
  const answer = page.waitForResponse((r) => r.request().method() === "POST");
  await page.getByRole("button", { name: "Gem rettelse" }).click();
  await answer;
  await expect(alert).toBeVisible();
  await expect(drawnByReact(page.locator("form").filter({ has: page.getByRole("button", { name: "Gem rettelse" }) }))).resolves.toBe(true);
  await page.goto(citizenPath);
  await expect(page.locator("dd").filter({ hasText: "70202020" })).toHaveCount(1);
  await expect(page.locator("dd").filter({ hasText: "Pædagog" })).toHaveCount(0);
});
