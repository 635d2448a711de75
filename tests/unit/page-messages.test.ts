// Every page sends the browser its own translation subset (issue 10, ADR 0026): each page.tsx under
// app/ that does more than redirect has `export default withPageMessages("<its route>", Page)`, naming its
// OWN route (route groups dropped), so a page can neither go without its subset nor get another's.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pageFiles, routeOfPage } from "@/lib/i18n/scan-route-keys";

const root = path.resolve(__dirname, "..", "..");
const WRAPPED_EXPORT = /^export default withPageMessages\("([^"]*)", \w+\);$/gm;
const ANY_DEFAULT_EXPORT = /^export default\b/gm;
const ROUTE_PROPS = /<PageMessages\s+route=(?:"([^"]*)"|\{)/g;
/**
 * The one kind of page that may go without the wrapper: it only redirects (it calls redirect() and
 * returns nothing, so it renders nothing, here or in another file). Any page that returns something
 * must be wrapped, also when its JSX is built elsewhere.
 */
const onlyRedirects = (text: string) =>
  /\bredirect\(/.test(text) && !/\breturn\b/.test(text) && !/<[A-Za-z>]/.test(text.replace(/^import .*$/gm, ""));

/** The problems of one page file: not wrapped, wrapped under another route, or a second default export. */
export function pageMessagesProblems(rel: string, text: string): string[] {
  const own = routeOfPage(rel);
  const wrapped = [...text.matchAll(WRAPPED_EXPORT)].map((m) => m[1]!);
  const defaults = [...text.matchAll(ANY_DEFAULT_EXPORT)].length;
  const problems: string[] = [];
  if (!onlyRedirects(text) && wrapped.length !== 1)
    problems.push(`${rel}: end with export default withPageMessages("${own}", <the page function>)`);
  if (defaults !== wrapped.length && wrapped.length) problems.push(`${rel}: one default export, the wrapped page`);
  for (const r of wrapped) if (r !== own) problems.push(`${rel}: withPageMessages("${r}") is not its route "${own}"`);
  for (const m of text.matchAll(ROUTE_PROPS)) if (m[1] !== own) problems.push(`${rel}: <PageMessages route=…> must name "${own}"`);
  return problems;
}

describe("every page wraps its content in its own <PageMessages>", () => {
  it("all pages under app/", () => {
    const pages = pageFiles(root);
    expect(pages.length).toBeGreaterThan(40);
    const problems = pages.flatMap((p) => pageMessagesProblems(p, fs.readFileSync(path.join(root, p), "utf8")));
    expect(problems).toEqual([]);
  });

  it("the check catches a missing wrapper, another page's route and a computed route", () => {
    const page = "app/(app)/cases/page.tsx";
    const body = "async function P() {\n  return <div />;\n}\n";
    expect(pageMessagesProblems(page, `export default ${body}`)).toHaveLength(1);
    expect(pageMessagesProblems(page, `${body}\nexport default withPageMessages("/studies", P);\n`)).toHaveLength(1);
    expect(pageMessagesProblems(page, `${body}\nexport default withPageMessages(route, P);\n`)).toHaveLength(1);
    expect(
      pageMessagesProblems(
        page,
        `${body}\nconst x = <PageMessages route={r}>y</PageMessages>;\nexport default withPageMessages("/cases", P);\n`,
      ),
    ).toHaveLength(1);
    expect(pageMessagesProblems(page, `${body}\nexport default withPageMessages("/cases", P);\n`)).toEqual([]);
    expect(
      pageMessagesProblems("app/page.tsx", "export default async function Home() {\n  redirect(actor ? '/cases' : '/login');\n}\n"),
    ).toEqual([]);
    // A page whose JSX is built in another file still needs the wrapper.
    expect(pageMessagesProblems(page, "export default async function P() {\n  return renderCases(await load());\n}\n")).toHaveLength(1);
  });
});
