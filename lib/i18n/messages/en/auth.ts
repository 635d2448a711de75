import type { auth as da } from "../da/auth";

export const auth: typeof da = {
  title: "Sign in",
  intro: "Sign in with your municipal account.",
  email: "Email",
  password: "Password",
  submit: "Sign in",
  submitting: "Signing in…",
  sso: "Sign in with {name}",
  or: "or",
  failed: "Email or password is incorrect.",
  required: "Enter both email and password.",
  expired: "You have been signed out. Sign in again to continue.",
  demoTitle: "Demo users",
  demoIntro: "All demo users have the password {password}.",
};
