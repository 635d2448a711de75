// The browser-tab title of a case page: "Gitte Petersen · Sag" (overview) or "Gitte Petersen ·
// Henvisninger" (a tab); the root layout adds " · Samspil". The name comes from the case of this
// request as the layout reads it (loadCase: the policy's scope, React's per-request cache), so a
// title costs no second use-case run and no second access-log row; a case outside the reader's
// scope is the 404 page, with the 404 page's title.
import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { loadCase } from "./load-case";

/** The tabs' label keys (tabs.ts), or undefined for the overview. */
export type CaseTitleTab = "cases.tabs.referrals" | "cases.tabs.rehab" | "cases.tabs.rtw" | "consents.link";

/**
 * Metadata with the title of case `caseId`'s page; `tab`: the tab's label key. Throws notFound() out of scope.
 * The layout's (overview's) title also carries the root layout's template on to the tabs: a plain
 * title string in a layout would end the template for its child pages (Next's resolveTitle).
 */
export async function caseTitle(caseId: string, tab?: CaseTitleTab): Promise<Metadata> {
  const [c, t] = await Promise.all([loadCase(caseId), getT()]);
  const name = `${c.citizen.firstName} ${c.citizen.lastName}`;
  if (tab) return { title: t("cases.titles.tab", { name, tab: t(tab) }) };
  return { title: { default: t("cases.titles.case", { name }), template: `%s · ${t("common.appName")}` } };
}

/** `generateMetadata` of a case tab page: the title with the citizen's name and the tab's label. */
export function caseTabMetadata(tab: CaseTitleTab) {
  return async ({ params }: { params: Promise<{ caseId: string }> }): Promise<Metadata> => caseTitle((await params).caseId, tab);
}
