import { can, type Actor } from "@/lib/auth/policy";

export type NavItem = { href: string; labelKey: string };

/**
 * Navigation from the actor's capabilities (lib/auth/policy.ts decides them; nothing here reads
 * roles). Each target page checks access itself; this only decides what is shown.
 */
export function navFor(actor: Actor): NavItem[] {
  const items: [boolean, NavItem][] = [
    [can(actor, "case.edit"), { href: "/cases", labelKey: "common.nav.myCases" }],
    [can(actor, "citizen.create"), { href: "/citizens", labelKey: "citizens.navLabel" }],
    [can(actor, "referral.triage"), { href: "/health", labelKey: "common.nav.health" }],
    [can(actor, "referral.triage"), { href: "/referrals", labelKey: "referrals.navLabel" }],
    [can(actor, "rehab.edit"), { href: "/rehab", labelKey: "rehab.nav.plans" }],
    [
      can(actor, "referral.create") || can(actor, "referral.triage") || can(actor, "admin.manage"),
      { href: "/programmes", labelKey: "programmes.navLabel" },
    ],
    [can(actor, "meeting.run"), { href: "/coordination", labelKey: "common.nav.coordination" }],
    [can(actor, "meeting.view"), { href: "/meetings", labelKey: "meetings.navMeetings" }],
    [can(actor, "task.view"), { href: "/tasks", labelKey: "meetings.navTasks" }],
    [can(actor, "kpi.view"), { href: "/dashboard", labelKey: "common.nav.dashboard" }],
    [can(actor, "kpi.setTarget") && !can(actor, "kpi.view"), { href: "/dashboard/targets", labelKey: "kpi.actions.targets" }],
    [can(actor, "aid.approveAboveMandate"), { href: "/dashboard/aids", labelKey: "rtw.manager.link" }],
    [can(actor, "study.manage"), { href: "/studies", labelKey: "studies.navLabel" }],
    [can(actor, "admin.manage"), { href: "/admin", labelKey: "common.nav.admin" }],
    [can(actor, "admin.manage"), { href: "/admin/rules", labelKey: "rules.navTitle" }],
  ];
  return items.filter(([shown]) => shown).map(([, item]) => item);
}
