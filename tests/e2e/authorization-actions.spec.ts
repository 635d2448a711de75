// The authorization matrix over the SERVER ACTIONS at the HTTP level (issue 9): every mutating server
// action that takes a record id (rows in ./support/action-table.ts: 68 rows over 62 actions) is posted to the
// production server the way a forged browser request would be — `Next-Action` header, the action id
// from the build's manifest, React's multipart encoding — from inside a real signed-in session of
// each seeded demo user (./support/server-actions.ts). The fields are those of the real form on the
// page, as the allowed user sees it (ids, versions), plus what a person would type. Per row:
//   - every other demo role (lacking the capability or the scope) is refused with exactly the
//     answer of the same request with a random, non-existent record id (same status, same body);
//   - for case and citizen rows, the allowed caseworker posting another municipality's existing case
//     or citizen gets that same answer too (the demo seed's neighbour municipality; the demo seed
//     has no second department of the same kind whose users sign in, so "another department" is
//     the other department kind's roles above);
//   - nothing was written: the allowed user's page reads exactly as before the refused attempts;
//   - the allowed role succeeds ({ ok: true }) and the page then changes, so the checks can fail.
// Rows that belong to a rule of the shared matrix table (tests/support/authorization-matrix.ts) take
// their allowed roles from it, checked against it. The spec writes to demo records the other specs
// do not take (later entries of the lists, a later meeting, agenda items and aids it adds itself),
// and can run again on the same database. The consent-dependent READ cells are in authorization-consent-http.spec.ts.
// A first test checks that every server action of the build has a row here or is listed as taking
// no record id (./support/action-coverage.ts), so that a new action without a row fails.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { loginAs, ROLES, submitLogin, type DemoRole } from "./support/login";
import { formFields, pageText, postServerAction, serverActionIds, type Fields } from "./support/server-actions";
import { ACTION_ROWS, type ActionRow, type Ids } from "./support/action-table";
import { coverageProblems } from "./support/action-coverage";
import type { Finder } from "./support/action-rows";
import { CONSENTS, RULES } from "../support/authorization-matrix";
import { admin } from "../../lib/i18n/messages/da/admin";
import { LOCKED_DEMO_USER } from "../../prisma/demo-users";

const DEMO_ROLES = Object.keys(ROLES) as DemoRole[];
const REFUSED = { ok: false, formError: "errors.notAllowed" };

async function session(browser: Browser, role: DemoRole | "neighbour"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  if (role !== "neighbour") await loginAs(page, role);
  else {
    // The neighbour municipality's caseworker (prisma/seed/base.ts), with the demo password.
    await page.goto("/login");
    await submitLogin(page, "sagsbehandler@nabo.test", "Samspil2026!");
    await expect(page).toHaveURL(/\/cases(\?.*)?$/, { timeout: 60_000 });
  }
  return page;
}

/** Links in `<main>` of `url` matching `pattern` (first group), in page order. */
async function linkIds(page: Page, url: string, pattern: RegExp): Promise<string[]> {
  const hrefs = await page.evaluate(async (url) => {
    const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), "text/html");
    return [...doc.querySelectorAll("main a[href]")].map((a) => a.getAttribute("href") ?? "");
  }, url);
  return [...new Set(hrefs.map((h) => h.match(pattern)?.[1]).filter((x): x is string => !!x))];
}

/** Each table row in `<main>` of `url` with a link matching `pattern`: the link's id (first group) and the row's text. */
async function tableRows(page: Page, url: string, pattern: RegExp): Promise<{ id: string; text: string }[]> {
  const rows = await page.evaluate(async (url) => {
    const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), "text/html");
    return [...doc.querySelectorAll("main tr")].map((tr) => ({
      hrefs: [...tr.querySelectorAll("a[href]")].map((a) => a.getAttribute("href") ?? ""),
      text: (tr.textContent ?? "").replace(/\s+/g, " ").trim(),
    }));
  }, url);
  return rows.flatMap(({ hrefs, text }) => {
    const id = hrefs.map((h) => h.match(pattern)?.[1]).find((x) => !!x);
    return id ? [{ id, text }] : [];
  });
}

/** The values a person can choose for `name` on `url` (a select's options or radio buttons). */
async function optionValues(page: Page, url: string, name: string): Promise<string[]> {
  return page.evaluate(
    async ({ url, name }) => {
      const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), "text/html");
      const choices = doc.querySelectorAll<HTMLOptionElement | HTMLInputElement>(
        `select[name="${name}"] option, input[type=radio][name="${name}"]`,
      );
      return [...choices].map((o) => o.value).filter(Boolean);
    },
    { url, name },
  );
}

function withValues(fields: Fields, values: Record<string, string | string[]>): Fields {
  const names = new Set(Object.keys(values));
  const kept = fields.filter(([k]) => !names.has(k) && !names.has(k.replace(/\[\]$/, "")));
  return [
    ...kept,
    ...Object.entries(values).flatMap(([k, v]) =>
      Array.isArray(v) ? v.map((x) => [k, x] as [string, string]) : [[k, v] as [string, string]],
    ),
  ];
}

const withId = (fields: Fields, name: string, id: string): Fields => fields.map(([k, v]) => [k, k === name ? id : v]);

/** The roles a row refuses: every demo role but the allowed ones; for rule rows, checked against the shared table. */
function refusedRoles(row: ActionRow): DemoRole[] {
  const allowed = [row.allowed, ...(row.alsoAllowed ?? [])];
  if (row.rule) {
    const rule = RULES[row.rule];
    for (const role of DEMO_ROLES) {
      const byTable = CONSENTS.every((c) => rule.expect(role, c) === "allowed");
      expect(byTable, `${row.action}: ${role} allowed by the matrix table`).toBe(allowed.includes(role));
    }
  }
  return DEMO_ROLES.filter((r) => !allowed.includes(r));
}

test("every server action of the build has a row or is listed as taking no record id", () => {
  expect(
    coverageProblems(
      serverActionIds().keys(),
      ACTION_ROWS.map((r) => r.action),
    ),
  ).toEqual([]);
});

test("server actions: refused roles and foreign ids get the missing record's answer and write nothing; the allowed role writes", async ({
  browser,
}) => {
  test.setTimeout(480_000);
  const actionIds = serverActionIds();
  const pages = {} as Record<DemoRole, Page>;
  for (const role of DEMO_ROLES) pages[role] = await session(browser, role);
  const neighbour = await session(browser, "neighbour");

  // Records the demo users work with; later ones in each list, so the other specs' "first" records stay untouched.
  const cases = await linkIds(pages.caseworker, "/cases", /^\/cases\/([0-9a-f-]{36})$/);
  const plans = await linkIds(pages.therapist, "/rehab", /^\/rehab\/([0-9a-f-]{36})$/);
  const referrals = await linkIds(pages.visitator, "/referrals", /^\/referrals\/([0-9a-f-]{36})$/);
  const meetings = await linkIds(pages.coordinator, "/meetings", /^\/meetings\/([0-9a-f-]{36})$/);
  const foreignCases = await linkIds(neighbour, "/cases", /^\/cases\/([0-9a-f-]{36})$/);
  expect(cases.length).toBeGreaterThan(10);
  expect(plans.length).toBeGreaterThan(3);
  expect(foreignCases.length).toBeGreaterThan(0);
  const caseId = cases[10]!;
  // The case voided at the end: one without referrals (a case with open referrals cannot be voided).
  let voidCaseId = "";
  for (const id of cases.slice(11).reverse()) {
    if ((await linkIds(pages.caseworker, `/cases/${id}/referrals`, /^\/referrals\/([0-9a-f-]{36})$/)).length > 0) continue;
    voidCaseId = id;
    break;
  }
  const ids: Ids = {
    caseId,
    planId: plans[3]!,
    referralId: "",
    // Writes go to a later meeting (journey-meetings.spec.ts works on the next case conference).
    meetingId: "",
    conferenceId: meetings[0]!,
    foreignCaseId: foreignCases[0]!,
    foreignCitizenId: (await linkIds(neighbour, `/cases/${foreignCases[0]}`, /^\/citizens\/([0-9a-f-]{36})$/))[0]!,
    citizenId: (await linkIds(pages.caseworker, `/cases/${caseId}`, /^\/citizens\/([0-9a-f-]{36})$/))[0]!,
    rtwCaseId: "",
    // The last active user listed (disabled users are listed last: journey-admin.spec.ts disables one),
    // not the seeded locked colleague (./support/action-rows-end.ts unlocks that one).
    userId: (await tableRows(pages.admin, "/admin", /^\/admin\/users\/([0-9a-f-]{36})$/))
      .filter((r) => !r.text.includes(admin.users.disabled) && !r.text.includes(LOCKED_DEMO_USER.email))
      .pop()!.id,
    otherCaseworkerId: (await optionValues(pages.caseworker, `/cases/${caseId}?form=all`, "caseworkerId"))[0] ?? "",
    otherTherapistId: "",
    voidCaseId,
    voidCitizenId: voidCaseId ? (await linkIds(pages.caseworker, `/cases/${voidCaseId}`, /^\/citizens\/([0-9a-f-]{36})$/))[0]! : "",
    programmeId: (await optionValues(pages.caseworker, `/cases/${caseId}/referrals`, "programmeId")).pop() ?? "",
    newReferralId: "",
    newCaseId: "",
    proposalCaseId: "",
    editProgrammeId: "",
    studyCaseId: "",
    caseworkerUserId: "",
    triageProgrammeId: "",
    triageCriteria: [],
    lockedUserId: "",
    newCitizenId: "",
    closeMeetingId: "",
    closeMeetingStartsAt: 0,
    closeStudyId: "",
  };
  const find: Finder = {
    links: (role, url, pattern) => linkIds(pages[role], url, pattern),
    text: async (role, url) => (await pageText(pages[role], url)).text,
    options: (role, url, name) =>
      pages[role].evaluate(
        async ({ url, name }) => {
          const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), "text/html");
          return [...doc.querySelectorAll<HTMLOptionElement>(`select[name="${name}"] option`)].map((o) => ({
            value: o.value,
            label: (o.textContent ?? "").trim(),
          }));
        },
        { url, name },
      ),
    rows: (role, url, pattern) => tableRows(pages[role], url, pattern),
    items: (role, url) =>
      pages[role].evaluate(async (url) => {
        const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), "text/html");
        return [...doc.querySelectorAll("main li")].map((li) => (li.textContent ?? "").replace(/\s+/g, " ").trim());
      }, url),
    form: (role, url, action) => formFields(pages[role], url, actionIds.get(action)!),
    hasForm: async (role, url, action) => !!(await formFields(pages[role], url, actionIds.get(action)!)),
    post: (role, url, action, fields) => postServerAction(pages[role], url, actionIds.get(action)!, fields),
    failSignIn: async (email) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto("/login");
      await submitLogin(page, email, "forkert-adgangskode");
      await expect(page.getByRole("alert").filter({ hasText: "E-mail eller adgangskode er forkert." })).toBeVisible();
      await context.close();
    },
  };
  // Records that need time before their row (a meeting that must have begun) are made first.
  await test.step("setup", async () => {
    for (const row of ACTION_ROWS) await row.setup?.(ids, find);
  });

  // A case with a return-to-work plan under way (after the case the other rows change).
  const weekHours = actionIds.get("app/(app)/cases/[caseId]/rtw/actions.ts#recordActualHoursAction")!;
  for (const id of cases.slice(11)) {
    if (id === voidCaseId || !(await formFields(pages.caseworker, `/cases/${id}/rtw`, weekHours))) continue;
    ids.rtwCaseId = id;
    break;
  }
  const addItem = actionIds.get("app/(app)/meetings/actions.ts#addAgendaItemAction")!;
  for (const id of meetings.slice(1).reverse()) {
    if (!(await formFields(pages.coordinator, `/meetings/${id}`, addItem))) continue;
    ids.meetingId = id;
    break;
  }
  // A referral the visitator can still assign (from the end of the inbox).
  const assign = actionIds.get("app/(app)/referrals/[referralId]/actions.ts#assignTherapistAction")!;
  for (const id of referrals.reverse()) {
    const form = await formFields(pages.visitator, `/referrals/${id}`, assign);
    if (!form) continue;
    ids.referralId = id;
    const current = form.find(([k]) => k === "therapistId")?.[1];
    ids.otherTherapistId = (await optionValues(pages.visitator, `/referrals/${id}`, "therapistId")).find((t) => t !== current) ?? "";
    break;
  }

  for (const row of ACTION_ROWS) {
    await test.step(row.action, async () => {
      await row.prepare?.(ids, find);
      const actionId = actionIds.get(row.action);
      expect(actionId, `${row.action} in the build's manifest`).toBeTruthy();
      const url = row.page(ids);
      const own = pages[row.allowed];
      const form = await formFields(own, url, actionId!, row.which ?? 0, row.near);
      expect(form, `a form of ${row.action} on ${url} for the ${row.allowed}`).not.toBeNull();
      const typed = withValues(form!, row.set?.(ids) ?? {});
      const fields = row.edit ? row.edit(typed) : typed;
      expect(
        fields.some(([k]) => k === row.idField),
        `${row.idField} in the form`,
      ).toBe(true);
      const seen = row.seenOn ? { page: pages[row.seenOn.role], url: row.seenOn.page(ids) } : { page: own, url };
      const before = await pageText(seen.page, seen.url);
      expect(before.status).toBe(200);

      const tries: { who: string; page: Page; fields: Fields }[] = refusedRoles(row).map((role) => ({
        who: role,
        page: pages[role],
        fields,
      }));
      if (row.foreign)
        tries.push({
          who: `${row.allowed} with another municipality's record`,
          page: own,
          fields: withId(fields, row.idField, row.foreign(ids)),
        });
      // The roles' sessions are independent: their attempts go out together (the spec stays fast).
      const answers = await Promise.all(
        tries.map(async (t) => ({
          t,
          real: await postServerAction(t.page, url, actionId!, t.fields),
          missing: await postServerAction(t.page, url, actionId!, withId(fields, row.idField, randomUUID())),
        })),
      );
      for (const { t, real, missing } of answers) {
        expect.soft(real.result, `${row.action}, ${t.who}: refused`).toEqual(REFUSED);
        expect.soft(real.status, `${row.action}, ${t.who}: the same status as a missing record`).toBe(missing.status);
        expect.soft(real.body === missing.body, `${row.action}, ${t.who}: the same answer as a missing record`).toBe(true);
      }
      const unchanged = (await pageText(seen.page, seen.url)).text === before.text;
      expect.soft(unchanged, `${row.action}: nothing written by the refused attempts: the page reads as before`).toBe(true);

      const done = await postServerAction(own, url, actionId!, fields);
      if (row.redirectsTo) expect.soft(done.redirect ?? "", `${row.action}, ${row.allowed}: allowed, redirected`).toMatch(row.redirectsTo);
      else expect.soft(done.result, `${row.action}, ${row.allowed}: allowed`).toMatchObject({ ok: true });
      const changed = (await pageText(seen.page, seen.url)).text !== before.text;
      expect.soft(changed, `${row.action}, ${row.allowed}: the write shows on the page (${JSON.stringify(done.result)})`).toBe(true);
    });
  }
});
