// Test support for the key-figure tests: a generated municipality imported through the documented
// JSON format (lib/synthetic + lib/import, issue 11), and the actor of a stored user.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { actorOfUser, type Actor } from "@/lib/auth/policy";
import { generateDataset, type GenerateOptions } from "@/lib/synthetic/generate";
import { importFile } from "@/lib/import/import-file";

/**
 * Generates a dataset with `options` and imports it into `db` as of `options.asOf` (imported at noon
 * that day). Returns the new organisation's id.
 * @throws Error with the importer's issues when the file is refused.
 */
export async function importGeneratedDataset(db: Db, options: GenerateOptions & { asOf: Date }): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samspil-dataset-"));
  const file = path.join(dir, "data.json");
  try {
    const chunks: string[] = [];
    await generateDataset(options, async (t) => void chunks.push(t));
    fs.writeFileSync(file, chunks.join(""));
    const now = new Date(options.asOf.getTime() + 12 * 3_600_000);
    const r = await importFile(db, file, { today: options.asOf, now });
    if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 5)));
    return r.organisationId;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The actor of the stored user `userId` (as a session would build it; session id "test"). */
export async function actorOfStoredUser(db: Db, userId: string): Promise<Actor> {
  return actorOfUser(await db.user.findUniqueOrThrow({ where: { id: userId }, include: { department: true } }), "test");
}
