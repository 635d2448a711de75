// The citizen's access report (issue 9): every access to the citizen's data in the period, who,
// role, department, what, consent and purpose; refused for staff who do not work with the citizen
// (404 like a missing citizen); producing it is logged as EXPORT; the CSV is Excel-ready.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teardownTestDb, testDb } from "./support/db";
import { setupTestDbWithOrgs } from "./support/orgs";
import { createCase, type OrgFixture } from "../factories/core";
import { createReferral } from "../factories/rehab";
import { NotFoundError, DomainRuleError } from "@/lib/domain/errors";
import { getCase } from "@/lib/domain/cases/get-case";
import { getMyWorklist } from "@/lib/domain/cases/list-my-cases";
import { getCitizenAccessReport, reportPeriod } from "@/lib/domain/audit/get-citizen-access-report";
import { ZAccessReportQuery } from "@/lib/validation/audit";
import { translatorFor } from "@/lib/i18n/server";
import { utcDay } from "@/lib/time";
import { reportCsv } from "@/app/(app)/citizens/[citizenId]/access-report/report-text";
import type { Actor } from "@/lib/auth/policy";

let a: OrgFixture;
let b: OrgFixture;
let referral: { id: string; caseId: string; citizenId: string };
let consentId: string;

const report = (actor: Actor, citizenId: string, period: { from?: string; to?: string } = {}) =>
  getCitizenAccessReport(actor, { ...ZAccessReportQuery.parse({ citizenId, ...period }), format: "page" });

beforeAll(async () => {
  [a, b] = await setupTestDbWithOrgs("Rapport Kommune", "Nabo Kommune");
  const { db } = testDb();
  referral = await createReferral(db, a); // the health center works with the citizen
  consentId = (
    await db.consent.create({
      data: {
        organisationId: a.org.id,
        citizenId: referral.citizenId,
        jobcenterToHealth: true,
        method: "WRITTEN",
        recordedById: a.actors.caseworker.userId,
        purpose: '=HYPERLINK("http://evil") afklaring af arbejdsevne',
        validFrom: new Date(Date.now() - 86_400_000),
        validUntil: new Date(Date.now() + 180 * 86_400_000),
      },
    })
  ).id;
  await getCase(a.actors.caseworker, referral.caseId); // own department
  await getMyWorklist(a.actors.caseworker); // shown in a list
  await getCase(a.actors.therapist, referral.caseId); // cross-department, under the consent
  await getCase(b.actors.caseworker, referral.caseId).catch(() => {}); // refused: DENIED, no citizen
  // An access three years ago: outside the default period.
  await testDb().db.accessLog.create({
    data: {
      organisationId: a.org.id,
      at: new Date(Date.now() - 3 * 365 * 86_400_000),
      actorId: a.actors.caseworker.userId,
      actorRole: "CASEWORKER",
      actorDepartment: "JOBCENTER",
      citizenId: referral.citizenId,
      recordType: "SickLeaveCase",
      recordId: referral.caseId,
      action: "UPDATE",
    },
  });
});
afterAll(teardownTestDb);

describe("the citizen's access report", () => {
  it("lists every access of the last 2 years, newest first, with who, role, department, what, consent and purpose", async () => {
    const r = await report(a.actors.caseworker, referral.citizenId);
    expect(r.municipality).toBe("Rapport Kommune");
    expect(r.citizen.cprMasked).toMatch(/^\d{6}-xxxx$/);
    expect(r.rows.map((x) => [x.actorRole, x.actorDepartment, x.recordType, x.action, x.inList, x.consent?.id ?? null])).toEqual([
      ["THERAPIST", "HEALTH_CENTER", "SickLeaveCase", "VIEW", false, consentId],
      ["CASEWORKER", "JOBCENTER", "SickLeaveCase", "VIEW", true, null],
      ["CASEWORKER", "JOBCENTER", "SickLeaveCase", "VIEW", false, null],
    ]);
    expect(r.rows[0]!.actorName).toBe(a.actors.therapist.name);
    expect(r.rows[0]!.consent?.purpose).toContain("afklaring af arbejdsevne");
    expect(r.rows.map((x) => x.at.getTime())).toEqual([...r.rows.map((x) => x.at.getTime())].sort((x, y) => y - x));
    expect(r.truncated).toBe(false);
  });

  it("producing it is logged as EXPORT (and appears in the next report); refused look-ups never do", async () => {
    const { db } = testDb();
    const before = await report(a.actors.therapist, referral.citizenId, {});
    const logged = await db.accessLog.findFirstOrThrow({ where: { action: "EXPORT" }, orderBy: { id: "desc" } });
    expect(logged).toMatchObject({
      actorId: a.actors.therapist.userId,
      recordType: "AccessReport",
      citizenId: referral.citizenId,
      outcome: "ALLOWED",
      details: { format: "page", rows: before.rows.length },
    });
    const after = await report(a.actors.therapist, referral.citizenId);
    expect(after.rows[0]).toMatchObject({ action: "EXPORT", recordType: "AccessReport", actorRole: "THERAPIST" });
    const denied = await db.accessLog.findFirstOrThrow({ where: { outcome: "DENIED", recordId: referral.caseId } });
    expect(denied.actorId).toBe(b.actors.caseworker.userId);
    expect(after.rows.map((x) => x.id)).not.toContain(denied.id.toString());
  });

  it("covers the chosen period, both days included", async () => {
    const old = await report(a.actors.caseworker, referral.citizenId, { from: "2000-01-01" });
    expect(old.rows.some((x) => x.action === "UPDATE")).toBe(true);
    const none = await report(a.actors.caseworker, referral.citizenId, { from: "2000-01-01", to: "2001-12-31" });
    expect(none.rows).toEqual([]);
    expect(reportPeriod({ from: null, to: null }, utcDay(2026, 11, 29))).toEqual({ from: utcDay(2024, 11, 29), to: utcDay(2026, 11, 29) });
    await expect(report(a.actors.caseworker, referral.citizenId, { from: "2099-01-01" })).rejects.toBeInstanceOf(DomainRuleError);
    expect(ZAccessReportQuery.safeParse({ citizenId: referral.citizenId, from: "2026-02-01", to: "2026-01-01" }).success).toBe(false);
  });

  it("is refused (404, like a missing citizen) to staff outside the citizen's scope and to roles without the capability", async () => {
    const { db } = testDb();
    const stranger = await createCase(db, a); // nobody at the health center works with this citizen
    const refused: [string, () => Promise<unknown>][] = [
      ["other organisation", () => report(b.actors.caseworker, referral.citizenId)],
      ["therapist without a relationship", () => report(a.actors.therapist, stranger.citizenId)],
      ["missing citizen", () => report(a.actors.caseworker, "00000000-0000-4000-8000-000000000000")],
      ["manager", () => report(a.actors.manager, referral.citizenId)],
      ["admin", () => report(a.actors.admin, referral.citizenId)],
      ["coordinator", () => report(a.actors.coordinator, referral.citizenId)],
    ];
    const exports = await db.accessLog.count({ where: { action: "EXPORT" } });
    for (const [who, work] of refused) await expect(work(), who).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.accessLog.count({ where: { action: "EXPORT" } })).toBe(exports);
  });

  it("downloads as CSV for Excel: BOM, ';', one line per access, formula cells neutralised", async () => {
    const r = await getCitizenAccessReport(a.actors.caseworker, {
      ...ZAccessReportQuery.parse({ citizenId: referral.citizenId }),
      format: "csv",
    });
    const { filename, body } = reportCsv(r, translatorFor("da"), "da");
    expect(filename).toMatch(/^adgangsrapport-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(body.charCodeAt(0)).toBe(0xfeff);
    const lines = body.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Tidspunkt;Borger;Medarbejder;Rolle;Afdeling;Oplysninger;Vist i liste;Hvad skete der;Samtykke;Formål");
    expect(lines).toHaveLength(r.rows.length + 1);
    const therapistLine = lines.find((l) => l.includes(";Terapeut;") && l.includes(";Sygedagpengesag;"))!;
    expect(therapistLine).toContain(`;Terapeut;Sundhedscenter;Sygedagpengesag;Nej;Så oplysningerne;`);
    expect(therapistLine).toContain(`;"'=HYPERLINK(""http://evil"") afklaring af arbejdsevne"`);
    expect(await testDb().db.accessLog.findFirstOrThrow({ where: { action: "EXPORT" }, orderBy: { id: "desc" } })).toMatchObject({
      details: { format: "csv" },
    });
  });
});
