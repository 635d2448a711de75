// All UI text, per language and area. Areas live in separate files so that work on one area
// does not touch another; the English files are typed against the Danish ones, so a missing
// key fails the type check.
import { common as daCommon } from "./da/common";
import { auth as daAuth } from "./da/auth";
import { cases as daCases } from "./da/cases";
import { home as daHome } from "./da/home";
import { errors as daErrors } from "./da/errors";
import { common as enCommon } from "./en/common";
import { auth as enAuth } from "./en/auth";
import { cases as enCases } from "./en/cases";
import { home as enHome } from "./en/home";
import { errors as enErrors } from "./en/errors";

export const locales = ["da", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "da";

const da = { common: daCommon, auth: daAuth, cases: daCases, home: daHome, errors: daErrors };
const en: typeof da = { common: enCommon, auth: enAuth, cases: enCases, home: enHome, errors: enErrors };

export type Messages = typeof da;
export const messages: Record<Locale, Messages> = { da, en };

export function isLocale(v: unknown): v is Locale {
  return typeof v === "string" && (locales as readonly string[]).includes(v);
}
