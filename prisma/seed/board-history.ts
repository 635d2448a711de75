// Three years of history for the board-meeting dashboard, so that a demo manager sees key figures
// worth discussing (the 60 demo cases alone are mostly "< 5"). The history belongs to a second
// jobcenter and health center of the demo municipality ("Syd"), with their own staff and
// programmes: the demo caseworker, therapist and visitator work in the first ones and do not get
// these cases, referrals or plans on their lists. Simulated with the synthetic generator
// (lib/synthetic) and written with the import's row builder, as `npm run import` would.
import { addDays } from "@/lib/time";
import { ZImportCitizen } from "@/lib/validation/import";
import { simulateCitizen, type World } from "@/lib/synthetic/model";
import { SYNTHETIC_PROGRAMMES } from "@/lib/synthetic/generate";
import { addCitizenRows, batchSize, emptyBatch, writeBatch, type ImportContext } from "@/lib/import/rows";
import { cprBlindIndex } from "@/lib/crypto/cpr";
import { rng } from "./random";
import type { SeedContext } from "./base";

const CITIZENS = 1200;

export async function seedBoardHistory(ctx: SeedContext): Promise<void> {
  const { db, organisationId, today } = ctx;
  const jc = await db.department.create({ data: { organisationId, kind: "JOBCENTER", name: "Jobcenter Syd" }, select: { id: true } });
  const hc = await db.department.create({
    data: { organisationId, kind: "HEALTH_CENTER", name: "Sundhedscenter Syd" },
    select: { id: true },
  });
  const staff = new Map<string, string>();
  const person = async (key: string, name: string, role: "CASEWORKER" | "THERAPIST", departmentId: string) => {
    const u = await db.user.create({
      data: { organisationId, departmentId, email: `${key}@syd.samspil.test`, name, role },
      select: { id: true },
    });
    staff.set(key, u.id);
    return key;
  };
  const caseworkers = [];
  for (let i = 1; i <= 6; i++) caseworkers.push(await person(`cw-syd-${i}`, `Sagsbehandler Syd ${i}`, "CASEWORKER", jc.id));
  const therapists = [];
  for (let i = 1; i <= 3; i++) therapists.push(await person(`th-syd-${i}`, `Terapeut Syd ${i}`, "THERAPIST", hc.id));
  const programmes = new Map<string, string>();
  for (const p of SYNTHETIC_PROGRAMMES) {
    const row = await db.programme.create({
      data: {
        organisationId,
        departmentId: hc.id,
        name: `${p.name} (Syd)`,
        description: p.name,
        targetGroup: "Sygemeldte borgere",
        format: "GROUP",
        rollingAdmission: true,
        weeks: p.weeks,
        hoursPerWeek: 3,
        capacity: 30,
        priceDkk: 8000,
      },
      select: { id: true },
    });
    programmes.set(p.key, row.id);
  }
  const world: World = {
    asOf: today,
    now: new Date(today.getTime() - 3_600_000),
    firstPossibleDay: addDays(today, -3 * 365),
    jobcenters: [{ key: "jc", caseworkers }],
    healthCenters: [{ key: "hc", therapists }],
    programmes: SYNTHETIC_PROGRAMMES.map((p) => ({ ...p, department: "hc" })),
  };
  let seq = 0;
  const importCtx: ImportContext = {
    organisationId,
    departments: new Map([
      ["jc", jc.id],
      ["hc", hc.id],
    ]),
    staff,
    programmes,
    nextCreatedAt: () => new Date(Date.now() + seq++),
  };
  const taken = new Set((await db.citizen.findMany({ where: { organisationId }, select: { cprIndex: true } })).map((c) => c.cprIndex));
  const r = rng(20261130);
  let batch = emptyBatch();
  for (let i = 0; i < CITIZENS; i++) {
    const record = ZImportCitizen.parse(simulateCitizen(r, world, 200_000 + i).record);
    if (taken.has(cprBlindIndex(record.cpr))) continue;
    addCitizenRows(batch, importCtx, record);
    if (batchSize(batch) >= 3000) {
      await writeBatch(db, batch); // inside the seed's one transaction
      batch = emptyBatch();
    }
  }
  await writeBatch(db, batch);
}
