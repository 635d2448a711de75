// npm run admin:create -- --organisation "Herning Kommune" --name "Lise Jensen" --email lise@herning.dk [--sso]
//   [--jurisdiction DK] [--jobcenter "Jobcenter Herning"] [--health-center "Sundhedscenter Herning"]
// Creates the first administrator of an installation (and the organisation with its two departments
// when it does not exist). Prints a one-time set-password link (24 h) unless --sso.
import { parseArgs } from "node:util";
import { closeDb } from "../lib/db/client";
import { env } from "../lib/env";
import { bootstrapAdmin } from "./lib/bootstrap-admin";

async function main() {
  const { values } = parseArgs({
    options: {
      organisation: { type: "string" },
      name: { type: "string" },
      email: { type: "string" },
      sso: { type: "boolean", default: false },
      jurisdiction: { type: "string", default: "DK" },
      jobcenter: { type: "string" },
      "health-center": { type: "string" },
    },
  });
  if (!values.organisation || !values.name || !values.email) {
    throw new Error(
      'usage: npm run admin:create -- --organisation "…" --name "…" --email … [--sso] [--jobcenter "…"] [--health-center "…"]',
    );
  }
  try {
    const r = await bootstrapAdmin({
      organisation: values.organisation,
      jurisdiction: values.jurisdiction!,
      jobcenter: values.jobcenter ?? `Jobcenter ${values.organisation}`,
      healthCenter: values["health-center"] ?? `Sundhedscenter ${values.organisation}`,
      name: values.name,
      email: values.email,
      sso: values.sso!,
    });
    console.log(
      `${r.createdOrganisation ? "Created" : "Using"} organisation "${values.organisation}"; administrator ${values.email} created.`,
    );
    if (r.setupPath) console.log(`One-time link to choose a password (24 hours): ${env.publicUrl}${r.setupPath}`);
    else console.log("The administrator signs in with the municipality's SSO (matched by verified email).");
  } finally {
    await closeDb();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
