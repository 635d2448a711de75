"use client";
// The case's new-referral form as a lazy form (components/forms/lazyForm.tsx, ADR 0030): its code
// loads when it is scrolled into view or gets the focus (or another form of the page is wanted). On
// the server it is the form itself (the `require` branch).
import { lazyForm } from "@/components/forms/lazyForm";
import type * as ReferralFormModule from "./ReferralForm";

const serverForm = typeof window === "undefined" ? (require("./ReferralForm") as typeof ReferralFormModule) : undefined;

export const ReferralForm = lazyForm(() => import("./ReferralForm").then((m) => m.ReferralForm), serverForm?.ReferralForm);
