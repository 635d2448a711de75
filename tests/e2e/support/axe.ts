// Accessibility check for every page a journey visits: no WCAG 2.1 A/AA violations of impact
// "serious" or "critical" (axe-core). Moderate/minor findings are printed but do not fail.
// Usage: `await expectNoSeriousA11yViolations(page)` after each page a test visits. It also checks
// that the page shows no raw translation key (tests/e2e/support/i18n.ts).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { expectNoMissingMessages } from "./i18n";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export async function expectNoSeriousA11yViolations(page: Page, opts: { exclude?: string[] } = {}): Promise<void> {
  await page.waitForLoadState("domcontentloaded");
  // After a client-side navigation the new page's <title> arrives with its streamed metadata, a
  // moment after the content: wait for it (a page that never gets one still fails below).
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5_000 }).catch(() => undefined);
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  for (const selector of opts.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const minor = violations.filter((v) => !serious.includes(v));
  if (minor.length) {
    console.log(`axe (${new URL(page.url()).pathname}): ${minor.map((v) => `${v.id} [${v.impact}]`).join(", ")}`);
  }
  const report = serious
    .map((v) => `${v.id} [${v.impact}] ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary ?? ""}`).join("\n")}`)
    .join("\n");
  // No raw translation key on the page and no translation error in the console (ADR 0026).
  await expectNoMissingMessages(page);
  // Soft: the journey goes on (and may find more), the test still fails at its end.
  expect.soft(serious, `serious accessibility violations on ${page.url()}:\n${report}`).toEqual([]);
}
