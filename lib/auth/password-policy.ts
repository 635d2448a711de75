// The password policy (issue 13, ADR 0013): at least 12 characters (checked by the shared schema,
// lib/validation/account.ts, so the form says it at once), not one of the common passwords that
// @zxcvbn-ts/language-common ships (~49,000 from breach corpora; a maintained package, not our own
// list), not a common password with only digits or symbols added ("password12345!"), and not
// containing the user's email address or its local part. Server only: the list is ~400 kB.
import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";

/** Shortest password the policy accepts (also in the shared zod schema). */
export const PASSWORD_MIN_LENGTH = 12;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  return common;
}

/** Lower case, and without trailing digits and symbols: "Password2024!!" → "password". */
const stem = (lower: string) => lower.replace(/[\d\s!-/:-@[-`{-~]+$/, "");

/** The local part of an email that is long enough to be worth refusing inside a password. */
function emailParts(email: string): string[] {
  const e = email.trim().toLowerCase();
  const local = e.split("@")[0] ?? "";
  return [e, ...(local.length >= 4 ? [local] : [])].filter(Boolean);
}

export type PasswordProblem = "account.errors.passwordCommon" | "account.errors.passwordContainsEmail";

/**
 * What is wrong with `password` for the user with `email`, as a translation key, or null when it
 * meets the policy (length is the schema's job and is not checked again here).
 */
export function passwordPolicyProblem(password: string, email: string): PasswordProblem | null {
  const lower = password.toLowerCase();
  if (emailParts(email).some((part) => lower.includes(part))) return "account.errors.passwordContainsEmail";
  const list = commonPasswords();
  const s = stem(lower);
  if (list.has(lower) || (s.length >= 4 && list.has(s))) return "account.errors.passwordCommon";
  return null;
}
