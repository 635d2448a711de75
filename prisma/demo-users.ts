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
