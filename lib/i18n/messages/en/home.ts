import type { home as da } from "../da/home";

export const home: typeof da = {
  health: {
    title: "Health center",
    intro: "Citizens the health center works with, and cases you may see with consent.",
    consentCases: "Cases with active consent for the health center",
    noConsentCases: "No citizen has consented to the health center seeing the jobcenter's case facts.",
  },
  coordination: {
    title: "Coordination",
    intro: "Overview of the jobcenter's cases by deadline state.",
    overdueHeading: "Cases with an overdue deadline",
    noOverdue: "No case has an overdue deadline.",
  },
  dashboard: {
    title: "Key figures",
    intro: "Aggregate figures for the organisation. Figures covering fewer than 5 people are not shown.",
    activeByGroup: "Active cases by diagnosis group",
    group: "Diagnosis group",
    count: "Count",
    suppressed: "<5",
    suppressedNote: "“<5” means the figure is hidden because it covers fewer than 5 people.",
    total: "Total",
  },
  admin: {
    title: "Administration",
    intro: "Users and roles in the organisation.",
    users: "Users",
    name: "Name",
    email: "Email",
    role: "Role",
    department: "Department",
    active: "Active",
  },
};
