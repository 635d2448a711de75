// Demo users of the embedded demo (one per role). Shown on the login page only when the demo
// login is enabled (embedded database, or SAMSPIL_DEMO_LOGIN=1).
import type { Role } from "@/lib/db/generated/client";

export const DEMO_PASSWORD = "Samspil2026!";

export const DEMO_USERS: { email: string; name: string; role: Role; department: "JOBCENTER" | "HEALTH_CENTER" | null; tags?: string[] }[] =
  [
    { email: "sagsbehandler@samspil.test", name: "Mette Sørensen", role: "CASEWORKER", department: "JOBCENTER" },
    {
      email: "terapeut@samspil.test",
      name: "Jonas Lund",
      role: "THERAPIST",
      department: "HEALTH_CENTER",
      tags: ["back", "neck", "shoulder"],
    },
    { email: "visitator@samspil.test", name: "Anne Holm", role: "VISITATOR", department: "HEALTH_CENTER" },
    { email: "tovholder@samspil.test", name: "Karen Bech", role: "COORDINATOR", department: "JOBCENTER" },
    { email: "leder@samspil.test", name: "Peter Juhl", role: "MANAGER", department: "JOBCENTER" },
    { email: "admin@samspil.test", name: "Lise Admin", role: "ADMIN", department: null },
  ];

/**
 * A health-center colleague whose account the soft lock closed after repeated failed sign-ins
 * (lib/auth/login.ts), seeded locked (prisma/seed/base.ts) so that the administrator's unlock can be
 * shown in the demo and is tested end to end without failed sign-ins, which would count towards the
 * per-address sign-in throttle every end-to-end spec shares (tests/e2e/support/action-rows-end.ts).
 * Not a demo login: not in DEMO_USERS.
 */
export const LOCKED_DEMO_USER = { email: "lars.winther@samspil.test", name: "Lars Winther" } as const;
