"use client";
// The citizen page's forms, all in closed sections, as lazy forms (components/forms/lazyForm.tsx,
// ADR 0030): their code loads when a section is opened, a form or section gets the focus, or a
// draft is kept for the page. On the server each is the form itself (the `require` branch).
import { lazyForm } from "@/components/forms/lazyForm";
import type * as OpenCaseModule from "./OpenCaseForm";
import type * as CorrectModule from "./CorrectCitizenForm";
import type * as VoidModule from "./VoidCitizenForm";

const onServer = typeof window === "undefined";
const serverOpenCase = onServer ? (require("./OpenCaseForm") as typeof OpenCaseModule) : undefined;
const serverCorrect = onServer ? (require("./CorrectCitizenForm") as typeof CorrectModule) : undefined;
const serverVoid = onServer ? (require("./VoidCitizenForm") as typeof VoidModule) : undefined;

export const OpenCaseForm = lazyForm(() => import("./OpenCaseForm").then((m) => m.OpenCaseForm), serverOpenCase?.OpenCaseForm);
export const CorrectCitizenForm = lazyForm(
  () => import("./CorrectCitizenForm").then((m) => m.CorrectCitizenForm),
  serverCorrect?.CorrectCitizenForm,
);
export const VoidCitizenForm = lazyForm(() => import("./VoidCitizenForm").then((m) => m.VoidCitizenForm), serverVoid?.VoidCitizenForm);
