// Sub-pages of a case. Each page loads the case through the policy itself.
export const caseTabs = [
  { segment: "", labelKey: "cases.tabs.overview" },
  { segment: "referrals", labelKey: "cases.tabs.referrals" },
  { segment: "rehab", labelKey: "cases.tabs.rehab" },
  { segment: "rtw", labelKey: "cases.tabs.rtw" },
  { segment: "consent", labelKey: "consents.link" },
] as const;
