import type { account as da } from "../da/account";

export const account: typeof da = {
  navLabel: "Change password",
  title: "Change password",
  intro: "The password must have at least 12 characters. A sentence you can remember works well. Your other sessions are signed out.",
  ssoOnly: "You sign in with the municipal sign-in (SSO) and have no password in Samspil.",
  currentPassword: "Current password",
  newPassword: "New password",
  newPasswordHint: "At least 12 characters. Not a common password and not your email address.",
  confirm: "Repeat the new password",
  submit: "Change password",
  submitting: "Saving…",
  changed: "Your password has been changed.",
  setTitle: "Choose a password",
  setIntro: "Choose a password for {email}. The link works once.",
  setSubmit: "Save password",
  linkGone:
    "The link no longer works. It may have been used, have expired or been replaced by a newer one. Ask your administrator for a new one.",
  toLogin: "Go to sign in",
  errors: {
    passwordTooShort: "The password must have at least 12 characters.",
    passwordTooLong: "The password may have at most 256 characters.",
    passwordCharacters: "The password must not contain control characters.",
    passwordMismatch: "The two passwords are not the same.",
    passwordUnchanged: "The new password must differ from the current one.",
    passwordCommon: "The password is too common. Choose one that is harder to guess.",
    passwordContainsEmail: "The password must not contain your email address.",
    linkInvalid: "The link no longer works. Ask your administrator for a new one.",
    noPassword: "You sign in with SSO and have no password to change.",
    wrongCurrent: "The current password is wrong.",
  },
};
