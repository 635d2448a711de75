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
  demoIntro: "All demo users have the password: {password}",
  passwordSet: "Your password is saved. Sign in with it.",
  ssoErrors: {
    SsoUnknown: "You are signed in with the municipality, but there is no Samspil user for you. Contact your administrator.",
    SsoUnverified:
      "The municipality's sign-in has not verified your email address, so Samspil cannot recognise you. Contact your administrator.",
    SsoDisabled: "Your Samspil user is disabled. Contact your administrator.",
    SsoNotAllowed: "Your Samspil user signs in with a password, not with the municipal sign-in. Contact your administrator.",
    other: "Signing in through the municipality failed. Try again, or contact your administrator.",
  },
};
