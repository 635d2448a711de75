"use client";
// The consent forms (recording one in a closed section, revoking one shown per consent) as lazy forms
// (components/forms/lazyForm.tsx, ADR 0030): their code loads when a section is opened, a form or
// section gets the focus, a shown form is scrolled into view, or a draft is kept for the page. On
// the server each is the form itself (the `require` branch).
import { lazyForm } from "@/components/forms/lazyForm";
import type * as ConsentFormsModule from "./ConsentForms";

const serverForms = typeof window === "undefined" ? (require("./ConsentForms") as typeof ConsentFormsModule) : undefined;

export const RecordConsentForm = lazyForm(() => import("./ConsentForms").then((m) => m.RecordConsentForm), serverForms?.RecordConsentForm);
export const RevokeConsentControl = lazyForm(
  () => import("./ConsentForms").then((m) => m.RevokeConsentControl),
  serverForms?.RevokeConsentControl,
);
