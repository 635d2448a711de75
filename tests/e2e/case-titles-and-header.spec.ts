// Browser walk-through findings (uxfix items 3 and 5):
// 3. Every case page's browser-tab title names the citizen ("Gitte Petersen · Sag · Samspil"), read
//    through the page's own scoped use case: a view still logs the case read ONCE (the citizen's
//    access report counts the rows), and a case outside the reader's scope is the 404 page's title.
// 5. At 390 × 844 the app header keeps to one row (app name + account menu) plus the navigation
//    row, the page does not scroll sideways, and the account menu works from the keyboard. axe clean.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { loginAs } from "./support/login";

/** The rows of the citizen's access report saying the caseworker saw the sick-leave case. */
async function caseViewRows(page: Page, citizenPath: string): Promise<number> {
  await page.goto(`${citizenPath}/access-report`);
  const table = page.getByRole("table", { name: "Adgang til dine oplysninger, nyeste først" });
  await expect(table).toBeVisible();
  return table.getByRole("row").filter({ hasText: "Sygedagpengesag" }).filter({ hasText: "Så oplysningerne" }).count();
}

test("case pages are titled with the citizen's name; a view logs the case read once; out of scope is the 404 title", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await loginAs(page, "caseworker");
  const first = page.locator("main a[href^='/cases/']").first();
  const casePath = (await first.getAttribute("href"))!;
  await page.goto(casePath);
  const heading = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  const name = heading.replace(/^Sag: /, "");
  await expect(page).toHaveTitle(`${name} · Sag · Samspil`);
  const citizenPath = (await page.locator("main a[href^='/citizens/']").first().getAttribute("href"))!;

  // Each tab, loaded in full: the name and the tab.
  for (const [segment, tab] of [
    ["referrals", "Henvisninger"],
    ["rehab", "Genoptræning"],
    ["rtw", "Optrapningsplan"],
    ["consent", "Samtykke"],
  ] as const) {
    await page.goto(`${casePath}/${segment}`);
    await expect(page).toHaveTitle(`${name} · ${tab} · Samspil`);
  }
  await expectNoSeriousA11yViolations(page);

  // The title adds no read: a tab logs the case once (the layout's read, shared with the title),
  // whether loaded in full or reached by the tab navigation; the overview twice, as before the
  // titles (its read, and the closing form's loose ends of the open case, listCaseLooseEnds).
  let rows = await caseViewRows(page, citizenPath);
  await page.goto(casePath);
  await expect(page).toHaveTitle(`${name} · Sag · Samspil`);
  expect(await caseViewRows(page, citizenPath)).toBe(rows + 2);
  rows += 2;
  await page.goto(`${casePath}/rtw`);
  await expect(page).toHaveTitle(`${name} · Optrapningsplan · Samspil`);
  expect(await caseViewRows(page, citizenPath)).toBe(rows + 1);
  rows += 1;
  await page.goto(casePath);
  await page.getByRole("navigation", { name: "Sagens sider" }).getByRole("link", { name: "Henvisninger" }).click();
  await expect(page).toHaveURL(/\/referrals$/);
  await expect(page).toHaveTitle(`${name} · Henvisninger · Samspil`);
  // The overview (2) and the tab reached from it (1).
  expect(await caseViewRows(page, citizenPath)).toBe(rows + 3);

  // Outside the reader's scope (a manager sees no persons): the same 404 page and title as a missing case, no name.
  const other = await (await browser.newContext()).newPage();
  await loginAs(other, "manager");
  // The title is streamed after the status line: wait for it (reading it at once raced, and failed).
  const notFoundTitle = "Siden findes ikke · Samspil";
  const outside = await other.goto(casePath);
  expect(outside?.status()).toBe(404);
  await expect(other).toHaveTitle(notFoundTitle);
  expect(await other.title()).not.toContain(name);
  const missing = await other.goto("/cases/00000000-0000-4000-8000-000000000000/rtw");
  expect(missing?.status()).toBe(404);
  await expect(other).toHaveTitle(notFoundTitle);
  await other.context().close();
});

test.describe("at 390 × 844", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the header is one row plus the navigation row, nothing scrolls sideways, the account menu works by keyboard", async ({ page }) => {
    await loginAs(page, "caseworker");
    await expect(page.getByRole("heading", { level: 1, name: "Mine sager" })).toBeVisible();
    const header = page.locator("header");
    const nav = page.getByRole("navigation", { name: "Hovedmenu" });
    const menu = page.locator("header summary", { hasText: "Konto" });
    await expect(menu).toBeVisible();
    await expect(page.getByRole("button", { name: "Log ud" })).toBeHidden();

    // Measured: the name row (app name and the menu side by side) and one row of links.
    const [h, brand, summary, list] = await Promise.all([
      header.boundingBox(),
      header.getByText("Samspil", { exact: true }).boundingBox(),
      menu.boundingBox(),
      nav.getByRole("list").boundingBox(),
    ]);
    expect(Math.abs(brand!.y + brand!.height / 2 - (summary!.y + summary!.height / 2))).toBeLessThan(8);
    const linkTops = await nav.getByRole("link").evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(linkTops).size, "all navigation links on one row").toBe(1);
    const nameRow = Math.max(brand!.height, summary!.height);
    // Padding (2 × 12 px), the gap between the rows (8 px) and the border (1 px), a few px to spare.
    expect(h!.height).toBeLessThanOrEqual(nameRow + list!.height + 24 + 8 + 1 + 4);
    const [scrollWidth, clientWidth] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scrollWidth, "no horizontal scroll on /cases").toBeLessThanOrEqual(clientWidth);
    await expectNoSeriousA11yViolations(page);

    // The last navigation link, when focused, is scrolled into view within its row.
    const last = nav.getByRole("link").last();
    await last.focus();
    const [box, row] = [(await last.boundingBox())!, (await nav.getByRole("list").boundingBox())!];
    // (1 px for sub-pixel rounding.)
    expect(box.x).toBeGreaterThanOrEqual(row.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(row.x + row.width + 1);

    // The account menu opens with the keyboard and holds the account controls.
    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("header details").getByText("Logget ind som Mette Sørensen (Sagsbehandler)")).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skift adgangskode" })).toBeFocused();
    await expect(page.getByRole("button", { name: "Log ud" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Log ud" }).click();
    await expect(page).toHaveURL(/\/login/);
  });

  // walk4 item 7: My cases on a phone — the page itself never scrolls sideways, only the table's own
  // (focusable) box; no text is clipped; the next-deadline column is wide enough that rows stay short.
  test("My cases is usable at 390 px, in Danish and English", async ({ page }) => {
    await loginAs(page, "caseworker");
    for (const [heading, caption, next] of [
      ["Mine sager", "Mine sager", "Næste frist"],
      ["My cases", "My cases", "Next deadline"],
    ]) {
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      const [scrollWidth, clientWidth] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      expect(scrollWidth, "no horizontal page scroll").toBeLessThanOrEqual(clientWidth);
      const box = page.getByRole("group", { name: caption });
      await expect(box).toHaveAttribute("tabindex", "0");
      const table = box.getByRole("table");
      expect((await table.boundingBox())!.width, "the table scrolls in its box").toBeGreaterThan((await box.boundingBox())!.width);
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll("main *")]
          .filter((e) => !e.classList.contains("sr-only"))
          .filter((e) => {
            const s = getComputedStyle(e);
            const h = e as HTMLElement;
            return s.textOverflow === "ellipsis" || (["hidden", "clip"].includes(s.overflowX) && h.scrollWidth > h.clientWidth + 1);
          })
          .map((e) => `${e.tagName}.${e.className}`),
      );
      expect(clipped, "no clipped text").toEqual([]);
      const nextWidth = (await table.getByRole("columnheader", { name: next }).boundingBox())!.width;
      expect(nextWidth, "the next-deadline column keeps 16rem").toBeGreaterThanOrEqual(255);
      await expectNoSeriousA11yViolations(page);
      if (heading === "Mine sager") {
        await page.locator("header summary", { hasText: "Konto" }).click();
        await page.getByRole("button", { name: /^(Sprog|Language)\b/ }).click();
      }
    }
  });

  // walk4 item 7: the administrator has the most links and the header wrapped at 1280 px.
  test("at 1280 px the administrator's header is one row, in Danish and English", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await loginAs(page, "admin");
    for (const signOut of ["Log ud", "Sign out"]) {
      const header = page.locator("header");
      const middle = async (l: ReturnType<typeof page.locator>) => {
        const b = (await l.boundingBox())!;
        return b.y + b.height / 2;
      };
      const brand = await middle(header.getByText("Samspil", { exact: true }));
      const linkTops = await page
        .getByRole("navigation")
        .first()
        .getByRole("link")
        .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(new Set(linkTops).size, "all navigation links on one row").toBe(1);
      expect(Math.abs((await middle(page.getByRole("button", { name: signOut }))) - brand)).toBeLessThan(12);
      expect(Math.abs((await middle(page.getByRole("navigation").first().getByRole("link").first())) - brand)).toBeLessThan(12);
      if (signOut === "Log ud") await page.getByRole("button", { name: /^(Sprog|Language)\b/ }).click();
    }
  });

  test("on a wide screen the account controls stay in the header row (no menu)", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await loginAs(page, "caseworker");
    await expect(page.locator("header summary", { hasText: "Konto" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Log ud" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Skift adgangskode" })).toBeVisible();
  });
});
