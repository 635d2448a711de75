// A user's own password: choosing one through a set-password link, and changing it when signed in.
// Length here (so the form says it at once); common passwords and the email address are checked on
// the server (lib/auth/password-policy.ts, ADR 0013). Passwords are taken verbatim: no trimming.
import { z } from "zod";
import { PASSWORD_MIN, PASSWORD_MAX } from "./choices";
export { PASSWORD_MIN, PASSWORD_MAX };

export const newPassword = z
  .string({ error: "errors.required" })
  .min(1, "errors.required")
  .min(PASSWORD_MIN, "account.errors.passwordTooShort")
  .max(PASSWORD_MAX, "account.errors.passwordTooLong")
  .refine((s) => !/\p{Cc}/u.test(s), "account.errors.passwordCharacters");

const confirmMatches = (v: { password: string; confirm: string }, ctx: z.RefinementCtx) => {
  if (v.password !== v.confirm) ctx.addIssue({ code: "custom", path: ["confirm"], message: "account.errors.passwordMismatch" });
};

export const ZSetPassword = z
  .object({
    token: z.string({ error: "account.errors.linkInvalid" }).regex(/^[A-Za-z0-9_-]{43}$/, "account.errors.linkInvalid"),
    password: newPassword,
    confirm: z.string({ error: "errors.required" }).min(1, "errors.required"),
  })
  .superRefine(confirmMatches);
export type TSetPassword = z.output<typeof ZSetPassword>;

export const ZChangeOwnPassword = z
  .object({
    currentPassword: z.string({ error: "errors.required" }).min(1, "errors.required").max(1024, "errors.tooLong"),
    password: newPassword,
    confirm: z.string({ error: "errors.required" }).min(1, "errors.required"),
  })
  .superRefine((v, ctx) => {
    confirmMatches(v, ctx);
    if (v.password === v.currentPassword) ctx.addIssue({ code: "custom", path: ["password"], message: "account.errors.passwordUnchanged" });
  });
export type TChangeOwnPassword = z.output<typeof ZChangeOwnPassword>;
