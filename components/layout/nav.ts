import { can, type Actor } from "@/lib/auth/policy";

export type NavItem = { href: string; labelKey: string };

/** Navigation per role; each target page checks access itself, this only decides what is shown. */
export function navFor(actor: Actor): NavItem[] {
  switch (actor.role) {
    case "CASEWORKER":
      return [{ href: "/cases", labelKey: "common.nav.myCases" }, { href: "/citizens", labelKey: "citizens.navLabel" }, { href: "/programmes", labelKey: "programmes.navLabel" }];
    case "THERAPIST":
    case "VISITATOR":
      return [{ href: "/health", labelKey: "common.nav.health" }, { href: "/referrals", labelKey: "referrals.navLabel" }, ...(actor.role === "THERAPIST" ? [{ href: "/rehab", labelKey: "rehab.nav.plans" }] : []), { href: "/programmes", labelKey: "programmes.navLabel" }];
    case "COORDINATOR":
      return [{ href: "/coordination", labelKey: "common.nav.coordination" }];
    case "MANAGER":
      return [{ href: "/dashboard", labelKey: "common.nav.dashboard" }, ...(can(actor, "aid.approveAboveMandate") ? [{ href: "/dashboard/aids", labelKey: "rtw.manager.link" }] : [])];
    case "ADMIN":
      return [{ href: "/admin", labelKey: "common.nav.admin" }, { href: "/admin/rules", labelKey: "rules.navTitle" }];
  }
}
