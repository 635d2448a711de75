// The consent states of the authorization matrix at the HTTP level (issue 9): the cross-department
// READ pages — the health center's read-only view of the jobcenter's case, the case and its
// return-to-work plan as the health center may read them, and the jobcenter's read-only view of the
// rehab plans — opened by the seeded demo users on the real production server while one citizen's
// consent goes through the states of the shared table (tests/support/authorization-matrix.ts):
// none → both directions → health → jobcenter only → jobcenter → health only → revoked → expired.
// The cells are those of the table with a page, for the six demo roles: the ones whose outcome depends
// on the consent under every state, the others once (first state); authorization-http.spec.ts tries
// the consent-independent pages on other records too. Each cell is 200 (with the
// other department's records shown, or withheld with "no consent" where the table says so) or a 404
// with the same status and page text as the same route with an id that does not exist.
//
// The states are set up the way staff do it: the caseworker records and revokes consent with the
// real consent form's server action. "Expired" cannot be recorded (the form refuses a last day in the
// past, by design: consents.errors.untilInPast); a consent ends by time when the citizen's last open
// case closes (ADR 0010), so the caseworker closes the case and the consent's end passes — the case
// itself stays readable for the jobcenter, and for the health center only the consent decides.
// The coordinator's cells need a joint meeting with the citizen on its agenda (the meeting window,
// ADR 0010); the demo seed has none for this citizen, so the coordinator sets one up here the way
// coordinators do (the meeting forms' server actions): once consent covers both directions, an
// upcoming weekly case conference with the citizen on its agenda. Before that, the coordinator does
// not see the health center's work even under consent in both directions (no window).
// Where the health center reads the jobcenter's case (the case, its return-to-work plan, the health
// center's own view of it), the page is marked as the jobcenter's record with the consent it is shown
// under — its purpose and last day (issue 9 "Read-only views"); the jobcenter's own pages are not.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { loginAs, type DemoRole } from "./support/login";
import { NO_CONSENT_IN_FORCE } from "./support/citizens";
import { formFields, pageText, postServerAction, serverActionIds, type Fields } from "./support/server-actions";
import { CONSENTS, RULES, dependsOnConsent, healthStaff, type ConsentCell, type RuleKey } from "../support/authorization-matrix";

type Ids = { caseId: string; citizenId: string; planId: string; referralId: string };
/** The page of each rule of the table that has one (the meetings' rules need a meeting with this citizen: domain matrix only). */
const PAGES: Partial<Record<RuleKey, (i: Ids) => string>> = {
  caseRead: (i) => `/cases/${i.caseId}`,
  caseHealthView: (i) => `/health/cases/${i.caseId}`,
  rtwRead: (i) => `/cases/${i.caseId}/rtw`,
  rehabJobcenterView: (i) => `/cases/${i.caseId}/rehab`,
  rehabPlanRead: (i) => `/rehab/${i.planId}`,
  citizenRead: (i) => `/citizens/${i.citizenId}`,
  referralRead: (i) => `/referrals/${i.referralId}`,
  consentsRead: (i) => `/consents/${i.citizenId}`,
  accessReportRead: (i) => `/citizens/${i.citizenId}/access-report`,
};
const ROLES: DemoRole[] = ["caseworker", "coordinator", "therapist", "visitator", "manager", "admin"];
const ALL_CELLS = (Object.keys(PAGES) as RuleKey[]).flatMap((rule) => ROLES.map((role) => ({ rule, role })));
/** Tried under every consent state: the cells whose outcome depends on it. */
const CONSENT_CELLS = ALL_CELLS.filter((c) => dependsOnConsent(RULES[c.rule], c.role));
/** Tried once (first state): the cells whose outcome is the same under every consent state. */
const FIXED_CELLS = ALL_CELLS.filter((c) => !dependsOnConsent(RULES[c.rule], c.role));
/** The jobcenter's view shows the health center's plans marked as theirs (journey-consent.spec.ts). */
const SHOWN_MARK = "Sundhedscentrets journal – kun til orientering";
/** The health center's views of the jobcenter's case: marked as the jobcenter's, with the consent's purpose and last day. */
const JOBCENTER_MARK = "Jobcentrets sag – kun til orientering";
const PURPOSE = "Koordineret indsats for tilbagevenden til arbejdet";
/** The last day of every consent recorded here ("YYYY-MM-DD", Danish), 60 days ahead, and as the pages show it. */
const LAST_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(Date.now() + 60 * 86_400_000);
const SHOWN_UNDER = `Formål: ${PURPOSE}. Gælder til og med ${LAST_DAY.split("-").reverse().join(".")}.`;
const JOBCENTER_CASE_VIEWS: RuleKey[] = ["caseRead", "rtwRead", "caseHealthView"];

async function session(browser: Browser, role: DemoRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, role);
  return page;
}

test("consent states: the other department's pages open only under consent in their direction, else 404 like a missing record", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const actions = serverActionIds();
  const action = (file: string, name: string) => actions.get(`app/(app)/${file}#${name}`)!;
  const pages = {} as Record<DemoRole, Page>;
  for (const role of ["caseworker", "therapist", "coordinator"] as const) pages[role] = await session(browser, role);

  // A citizen the therapist trains, with no consent in force (from the end of the list: the other
  // specs take the first ones), and the citizen's open case.
  const plans = await pages.therapist.evaluate(async () => {
    const doc = new DOMParser().parseFromString(await (await fetch("/rehab")).text(), "text/html");
    return [...doc.querySelectorAll("main a[href^='/rehab/']")]
      .map((a) => a.getAttribute("href")!)
      .filter((h) => /^\/rehab\/[0-9a-f-]{36}$/.test(h));
  });
  let citizenId = "";
  let planId = "";
  for (const plan of plans.reverse()) {
    const found = await pages.therapist.evaluate(
      async ({ url, source }) => {
        const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), "text/html");
        const text = doc.querySelector("main")?.textContent ?? "";
        const consent = doc.querySelector("main a[href^='/consents/']")?.getAttribute("href") ?? "";
        return new RegExp(source).test(text) ? consent.split("/").pop()! : "";
      },
      { url: plan, source: NO_CONSENT_IN_FORCE.source },
    );
    if (!found) continue;
    const caseLinks = await pages.caseworker.evaluate(async (url) => {
      const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), "text/html");
      return [...new Set([...doc.querySelectorAll("main a[href^='/cases/']")].map((a) => a.getAttribute("href")!))];
    }, `/citizens/${found}`);
    // Exactly one case, and open (not "Afsluttet"): closing it ends the consent.
    if (caseLinks.length !== 1 || /Status\s?Afsluttet/.test((await pageText(pages.caseworker, caseLinks[0]!)).text)) continue;
    citizenId = found;
    planId = plan.split("/").pop()!;
    break;
  }
  expect(citizenId, "a trained citizen without consent, with one open case").not.toBe("");
  const caseHref = await pages.caseworker.evaluate(async (url) => {
    const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), "text/html");
    return doc.querySelector("main a[href^='/cases/']")!.getAttribute("href")!;
  }, `/citizens/${citizenId}`);
  const caseId = caseHref.split("/").pop()!;
  const referralHref = await pages.caseworker.evaluate(async (url) => {
    const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), "text/html");
    return doc.querySelector("main a[href^='/referrals/']")?.getAttribute("href") ?? "";
  }, `/cases/${caseId}/referrals`);
  const ids: Ids = { caseId, citizenId, planId, referralId: referralHref.split("/").pop()! };
  expect(ids.referralId, "the referral of the citizen's case").toMatch(/^[0-9a-f-]{36}$/);
  const missing: Ids = { caseId: randomUUID(), citizenId: randomUUID(), planId: randomUUID(), referralId: randomUUID() };
  const citizenPage = `/citizens/${citizenId}`;

  async function record(directions: string[]) {
    const id = action("consents/actions.ts", "recordConsentAction");
    const form = (await formFields(pages.caseworker, citizenPage, id))!;
    const fields: Fields = [
      ...form.filter(([k]) => !["purpose", "validUntil", "method", "directions[]", "directions"].includes(k)),
      ...directions.map((d): [string, string] => ["directions", d]),
      ["method", "WRITTEN"],
      ["purpose", PURPOSE],
      ["validUntil", LAST_DAY],
    ];
    const r = (await postServerAction(pages.caseworker, citizenPage, id, fields)).result;
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  }
  async function revoke() {
    const id = action("consents/actions.ts", "revokeConsentAction");
    const form = await formFields(pages.caseworker, citizenPage, id);
    expect(form, "a consent in force to revoke").not.toBeNull();
    const fields: Fields = [...form!.filter(([k]) => k !== "reason"), ["reason", "Borgeren ønsker ikke længere at dele"]];
    expect((await postServerAction(pages.caseworker, citizenPage, id, fields)).result).toMatchObject({ ok: true });
  }
  async function closeCase() {
    const id = action("cases/[caseId]/actions.ts", "changeCaseStatusAction");
    // Every form drawn by the server (ADR 0029: the status form is otherwise drawn by the browser).
    const url = `/cases/${ids.caseId}?form=all`;
    const form = (await formFields(pages.caseworker, url, id))!;
    // Every loose end (open referral, rehab plan…) gets the first choice the form offers.
    const decisions = await pages.caseworker.evaluate(async (url) => {
      const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), "text/html");
      const names = [...new Set([...doc.querySelectorAll<HTMLInputElement>("input[type=radio][name^='decision.']")].map((r) => r.name))];
      return names.map((n) => [n, doc.querySelector<HTMLInputElement>(`input[type=radio][name="${n}"]`)!.value] as [string, string]);
    }, url);
    const fields: Fields = [
      ...form.filter(([k]) => !["status", "closingReason", "hoursPerWeek"].includes(k) && !k.startsWith("decision.")),
      ["status", "CLOSED"],
      ["closingReason", "FULL_RETURN_TO_WORK"],
      ...decisions,
    ];
    const r = (await postServerAction(pages.caseworker, url, id, fields)).result;
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  }

  /** The coordinator's upcoming weekly case conference with the citizen on its agenda (the meeting window). */
  async function putOnAgenda() {
    // No window yet: under consent in both directions the coordinator still sees no health-center work.
    const before = await pageText(pages.coordinator, PAGES.rehabJobcenterView!(ids));
    expect(before.status, "coordinator, both directions, no meeting").toBe(200);
    expect(before.text.includes(SHOWN_MARK), "coordinator, both directions, no meeting: nothing shown").toBe(false);
    const create = action("meetings/actions.ts", "createMeetingAction");
    const form = (await formFields(pages.coordinator, "/meetings", create))!;
    expect(form, "the coordinator's form for a new meeting").not.toBeNull();
    const set: Fields = [
      ["kind", "WEEKLY_CASE_CONFERENCE"],
      ["title", "Samspilsmøde om borgerens forløb"],
      ["startsAt", `${new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(Date.now() + 7 * 86_400_000)}T10:00`],
      ["durationMinutes", "60"],
      ["place", "Mødelokale 2"],
      ["weeks", "1"],
    ];
    const fields: Fields = [...form.filter(([k]) => !set.some(([n]) => n === k)), ...set];
    const created = (await postServerAction(pages.coordinator, "/meetings", create, fields)).result as {
      ok: boolean;
      data?: { ids: string[] };
    };
    expect(created, JSON.stringify(created)).toMatchObject({ ok: true });
    const meetingId = created.data!.ids[0]!;
    const add = action("meetings/actions.ts", "addAgendaItemAction");
    const item: Fields = [
      ["meetingId", meetingId],
      ["citizenId", ids.citizenId],
      ["flagId", ""],
      ["source", "MANUAL"],
      ["question", "Hvordan understøtter vi tilbagevenden til arbejdet?"],
    ];
    const added = (await postServerAction(pages.coordinator, `/meetings/${meetingId}`, add, item)).result;
    expect(added, JSON.stringify(added)).toMatchObject({ ok: true });
  }

  // The states in the order the caseworker can produce them, each matched to the table's consent cell.
  const cell = (name: string): ConsentCell => CONSENTS.find((c) => c.name === name)!;
  const STEPS: { consent: ConsentCell; setUp: () => Promise<void> }[] = [
    { consent: cell("none"), setUp: async () => {} },
    {
      consent: cell("active (both directions)"),
      setUp: async () => (await record(["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"]), await putOnAgenda()),
    },
    { consent: cell("health → jobcenter only"), setUp: async () => (await revoke(), await record(["HEALTH_TO_JOBCENTER"])) },
    { consent: cell("jobcenter → health only"), setUp: async () => (await revoke(), await record(["JOBCENTER_TO_HEALTH"])) },
    { consent: cell("revoked"), setUp: revoke },
    { consent: cell("expired"), setUp: async () => (await record(["HEALTH_TO_JOBCENTER", "JOBCENTER_TO_HEALTH"]), await closeCase()) },
  ];
  expect(new Set(STEPS.map((s) => s.consent.name)).size, "every consent state of the table").toBe(CONSENTS.length);

  for (const step of STEPS) {
    await test.step(`consent: ${step.consent.name}`, async () => {
      await step.setUp();
      for (const { rule, role } of step === STEPS[0] ? [...FIXED_CELLS, ...CONSENT_CELLS] : CONSENT_CELLS) {
        const path = PAGES[rule]!;
        if (!pages[role]) pages[role] = await session(browser, role);
        const expected = RULES[rule].expect(role, step.consent);
        const what = `${step.consent.name}: ${role} ${path(ids)} (${rule})`;
        const real = await pageText(pages[role], path(ids));
        if (expected === "notFound") {
          const absent = await pageText(pages[role], path(missing));
          expect.soft(real.status, what).toBe(404);
          expect.soft(absent.status, `${what}, missing`).toBe(404);
          expect.soft(real.text === absent.text, `${what}: the same page as a missing record`).toBe(true);
          continue;
        }
        expect.soft(real.status, what).toBe(200);
        if (rule === "rehabJobcenterView" && (role === "caseworker" || role === "coordinator")) {
          expect.soft(real.text.includes(SHOWN_MARK), `${what}: ${expected}`).toBe(expected === "allowed");
        }
        if (JOBCENTER_CASE_VIEWS.includes(rule)) {
          // Shown to the health center only under consent: then marked, with the consent's purpose and last day.
          const other = healthStaff(role);
          expect.soft(real.text.includes(JOBCENTER_MARK), `${what}: marked as the jobcenter's record`).toBe(other);
          expect.soft(real.text.includes(SHOWN_UNDER), `${what}: "${SHOWN_UNDER}"`).toBe(other);
        }
      }
    });
  }
});
