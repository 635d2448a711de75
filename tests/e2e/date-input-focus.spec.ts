// The focus of a date field is as visible as any other control's (fix13 item 4; WCAG 2.4.7, 2.4.11). In Chromium,
// Tab goes through day, month and year and then to the calendar icon: with the icon focused the input is :focus
// but not :focus-visible, and only the icon's thin default ring showed. Every step must show the 3 px outline.
import { expect, test } from "@playwright/test";
import { loginAs } from "./support/login";
import { registerCitizen } from "./support/citizens";

test("Tab through a date field: the 3 px focus outline at every step, also on the calendar icon", async ({ page }) => {
  await loginAs(page, "caseworker");
  const serial = String(Date.now() % 1000).padStart(3, "0");
  await registerCitizen(page, { cpr: `060699-6${serial}`, firstName: "Dato", lastName: "Fokus" });
  const date = page.getByLabel("Første fraværsdag");
  await expect(date).toHaveAttribute("type", "date");
  await date.focus();
  const outline = () =>
    date.evaluate((el) => {
      const s = getComputedStyle(el);
      return { focused: document.activeElement === el, outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` };
    });
  // Day, month, year, calendar icon: the input keeps the focus (its parts are inside it), then the next control.
  const steps = [];
  for (let i = 0; i < 4; i++) {
    steps.push(await outline());
    if (i === 3) {
      const b = (await date.boundingBox())!;
      const clip = { x: b.x - 10, y: b.y - 10, width: b.width + 20, height: b.height + 20 };
      await page.screenshot({ path: test.info().outputPath("date-icon-focused.png"), clip });
    }
    await page.keyboard.press("Tab");
  }
  expect(steps).toEqual(Array(4).fill({ focused: true, outline: "solid 3px rgb(29, 78, 216)" }));
  // The fifth Tab leaves the field.
  expect(await date.evaluate((el) => el.matches(":focus-within"))).toBe(false);
});
