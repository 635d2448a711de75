// The production server for `npm run bench`: build when the sources are newer than the build (the
// same rule as scripts/start.mjs), then `next start` on 127.0.0.1 against the benchmark database,
// or `scripts/start.mjs` on an embedded PGlite folder for the embedded row.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildIsStale } from "../../scripts/lib/build-stale.mjs";

/** Runs `npm run build` when there is no build or a source changed after it (scripts/start.mjs's rule). */
export function buildIfStale(): boolean {
  if (!buildIsStale(process.cwd())) return false;
  console.log("▶ Building (sources newer than .next)…");
  const r = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error("npm run build failed");
  return true;
}

export type Server = { child: ChildProcess; stop: () => Promise<void> };

async function waitFor(url: string, child: ChildProcess, seconds: number): Promise<void> {
  for (let i = 0; i < seconds * 2; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode} (see .tmp/bench-server*.log)`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer 200 within ${seconds} s`);
}

function start(cmd: string, args: string[], env: Record<string, string>, log: string): ChildProcess {
  fs.mkdirSync(".tmp", { recursive: true });
  const out = fs.openSync(log, "w");
  // Own process group, so that stop() ends the server and its children (start.mjs → next) by this id only.
  return spawn(cmd, args, { stdio: ["ignore", out, out], detached: true, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || !child.pid) return;
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  };
}

/** `next start` against a PostgreSQL database; sessions stay valid for the whole run (SESSION_IDLE_MINUTES=240). */
export async function startPgServer(databaseUrl: string, port: number): Promise<Server> {
  const child = start(
    path.join("node_modules", ".bin", "next"),
    ["start", "-p", String(port), "-H", "127.0.0.1"],
    {
      DATABASE_URL: databaseUrl,
      SAMSPIL_ALLOW_DEV_SECRETS: "1",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NODE_ENV: "production",
      SESSION_IDLE_MINUTES: "240",
    },
    ".tmp/bench-server.log",
  );
  const stop = stopper(child);
  try {
    await waitFor(`http://127.0.0.1:${port}/healthz`, child, 120);
  } catch (e) {
    await stop();
    throw e;
  }
  return { child, stop };
}

/** The embedded database as a user runs it: `scripts/start.mjs` (migrations, demo seed, deadlines, key figures) on a fresh PGlite folder. */
export async function startPgliteServer(port: number, dir: string): Promise<Server> {
  fs.rmSync(dir, { recursive: true, force: true });
  const env: Record<string, string> = {
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    PGLITE_DIR: dir,
    SAMSPIL_SKIP_BUILD: "1",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    SESSION_IDLE_MINUTES: "240",
    DATABASE_URL: "",
    SAMSPIL_ALLOW_DEV_SECRETS: "",
  };
  const child = start(process.execPath, [path.join("scripts", "start.mjs")], env, ".tmp/bench-server-pglite.log");
  const stop = stopper(child);
  try {
    await waitFor(`http://127.0.0.1:${port}/healthz`, child, 300);
  } catch (e) {
    await stop();
    throw e;
  }
  return { child, stop };
}
