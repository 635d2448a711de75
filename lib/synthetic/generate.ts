// A synthetic municipality with known answers (issue 11 "Correctness"; it also feeds the effect
// study and the benchmarks): `npm run dataset:generate -- --cases 200000 --out FILE.json`.
// Seeded (the same seed gives the same file), streamed (the file is written citizen by citizen,
// so 200 000 cases need no more memory than 200), in the import format (docs/import-format.md).
// With `truth`, it also returns every key-figure cell computed from its own decisions (truth.ts).
import { rng } from "@/prisma/seed/random";
import { addDays } from "@/lib/time";
import { IMPORT_FORMAT, IMPORT_VERSION } from "@/lib/validation/import";
import { simulateCitizen, type SyntheticProgramme, type World } from "./model";
import { TruthCollector } from "./truth";

export type GenerateOptions = {
  seed: number;
  /** Number of sick-leave cases (one per citizen). */
  cases: number;
  /** Years back from `asOf` over which first absence days are spread. */
  years: number;
  /** The dataset's "today" (a Danish day, UTC midnight). */
  asOf: Date;
  jobcenters?: number;
  healthCenters?: number;
  /** Compute the ground truth (memory grows with the number of cells; meant for test sizes). */
  truth?: boolean;
  organisationName?: string;
};

export type GenerateResult = { citizens: number; truth: TruthCollector | null };

/** The programme catalogue of a synthetic municipality (after the demo catalogue). */
export const SYNTHETIC_PROGRAMMES: Omit<SyntheticProgramme, "department">[] = [
  { key: "rygskole", name: "Rygskole", weeks: 8, forGroups: ["MUSCULOSKELETAL"] },
  { key: "gradueret", name: "Gradueret træning", weeks: 10, forGroups: ["MUSCULOSKELETAL"] },
  { key: "skulder", name: "Skulderforløb", weeks: 8, forGroups: ["MUSCULOSKELETAL"] },
  { key: "stress", name: "Stresshåndtering og mindfulness", weeks: 8, forGroups: ["MENTAL"] },
  { key: "job-helbred", name: "Job og helbred", weeks: 6, forGroups: ["MENTAL", "OTHER", "MUSCULOSKELETAL"] },
  { key: "vand", name: "Vandtræning", weeks: 8, forGroups: ["MUSCULOSKELETAL", "OTHER"] },
];

/** The departments, staff and programmes of the synthetic municipality (sized by the number of cases). */
export function syntheticWorld(o: GenerateOptions): World {
  const jcCount = o.jobcenters ?? 2;
  const hcCount = o.healthCenters ?? 1;
  const caseworkers = Math.max(2, Math.round(o.cases / 1000));
  const therapists = Math.max(2, Math.round(o.cases / 4000));
  const healthCenters = Array.from({ length: hcCount }, (_, h) => ({
    key: `hc${h + 1}`,
    therapists: Array.from({ length: therapists }, (_, t) => `th${h + 1}-${t + 1}`),
  }));
  return {
    asOf: o.asOf,
    // Nothing happens on the as-of day itself: instants stop at its start (Danish time), so a file
    // generated for today is never "in the future" when it is imported today.
    now: new Date(o.asOf.getTime() - 3_600_000),
    firstPossibleDay: addDays(o.asOf, -Math.round(o.years * 365)),
    jobcenters: Array.from({ length: jcCount }, (_, j) => ({
      key: `jc${j + 1}`,
      caseworkers: Array.from({ length: caseworkers }, (_, c) => `cw${j + 1}-${c + 1}`),
    })),
    healthCenters,
    programmes: SYNTHETIC_PROGRAMMES.map((p, i) => ({ ...p, department: healthCenters[i % hcCount]!.key })),
  };
}

function header(o: GenerateOptions, w: World): string {
  const departments = [
    ...w.jobcenters.map((j, i) => ({ key: j.key, kind: "JOBCENTER", name: `Jobcenter ${i + 1}` })),
    ...w.healthCenters.map((h, i) => ({ key: h.key, kind: "HEALTH_CENTER", name: `Sundhedscenter ${i + 1}` })),
  ];
  const staff = [
    ...w.jobcenters.flatMap((j) =>
      j.caseworkers.map((k) => ({
        key: k,
        name: `Sagsbehandler ${k}`,
        email: `${k}@syntetisk.test`,
        role: "CASEWORKER",
        department: j.key,
      })),
    ),
    ...w.healthCenters.flatMap((h) =>
      h.therapists.map((k) => ({ key: k, name: `Terapeut ${k}`, email: `${k}@syntetisk.test`, role: "THERAPIST", department: h.key })),
    ),
    { key: "leder", name: "Leder", email: "leder@syntetisk.test", role: "MANAGER", department: w.jobcenters[0]!.key },
  ];
  const capacity = Math.min(500, Math.max(10, Math.round(o.cases / 300)));
  const programmes = w.programmes.map((p) => ({
    key: p.key,
    department: p.department,
    name: p.name,
    format: "GROUP",
    weeks: p.weeks,
    hoursPerWeek: 3,
    capacity,
    priceDkk: 8000,
  }));
  const head = {
    format: IMPORT_FORMAT,
    version: IMPORT_VERSION,
    organisation: { name: o.organisationName ?? "Syntetisk Kommune", jurisdiction: "DK" },
    departments,
    staff,
    programmes,
  };
  return JSON.stringify(head).slice(0, -1) + ',"citizens":[\n';
}

/**
 * Generates the dataset, handing the JSON text to `write` piece by piece (await it: backpressure).
 * @returns the number of citizens and, when asked for, the ground truth (cells via truth.cellsFrom(firstMonth)).
 */
export async function generateDataset(o: GenerateOptions, write: (text: string) => Promise<void>): Promise<GenerateResult> {
  const w = syntheticWorld(o);
  const r = rng(o.seed);
  const truth = o.truth ? new TruthCollector(w) : null;
  await write(header(o, w));
  let buffer = "";
  for (let i = 0; i < o.cases; i++) {
    const { record, facts } = simulateCitizen(r, w, i);
    truth?.collect(facts);
    buffer += (i === 0 ? "" : ",\n") + JSON.stringify(record);
    if (buffer.length > 1 << 20) {
      await write(buffer);
      buffer = "";
    }
  }
  await write(buffer + "\n]}\n");
  return { citizens: o.cases, truth };
}
