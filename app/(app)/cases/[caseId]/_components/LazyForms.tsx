"use client";
/* eslint-disable @typescript-eslint/no-require-imports */
// The case page's forms as lazy forms (components/forms/lazyForm.tsx, ADR 0030): their code (and what
// only they use) is not part of the page's JavaScript at load; it loads when a section is opened, a
// form or section gets the focus, a shown form is scrolled into view, or a draft is kept for the page.
// On the server each is the form itself (the `require` branch; the browser build drops it).
import { lazyForm } from "@/components/forms/lazyForm";

import type * as CaseFormsModule from "./CaseForms";
import type * as RuleFactFormsModule from "./RuleFactForms";
import type * as ChangeStatusFormModule from "./ChangeStatusForm";
import type * as FollowUpFormsModule from "./FollowUpForms";
import type * as AnnotateModule from "./AnnotateAllocationForm";
import type * as TaskFormsModule from "../../../meetings/_components/TaskForms";

const serverCaseForms = typeof window === "undefined" ? (require("./CaseForms") as typeof CaseFormsModule) : undefined;
const serverRuleFactForms = typeof window === "undefined" ? (require("./RuleFactForms") as typeof RuleFactFormsModule) : undefined;
const serverChangeStatusForm = typeof window === "undefined" ? (require("./ChangeStatusForm") as typeof ChangeStatusFormModule) : undefined;
const serverFollowUpForms = typeof window === "undefined" ? (require("./FollowUpForms") as typeof FollowUpFormsModule) : undefined;
const serverAnnotate = typeof window === "undefined" ? (require("./AnnotateAllocationForm") as typeof AnnotateModule) : undefined;
const serverTaskForms =
  typeof window === "undefined" ? (require("../../../meetings/_components/TaskForms") as typeof TaskFormsModule) : undefined;

export const GrantExemptionForm = lazyForm(
  () => import("./CaseForms").then((m) => m.GrantExemptionForm),
  serverCaseForms?.GrantExemptionForm,
);
export const VoidExemptionForm = lazyForm(() => import("./CaseForms").then((m) => m.VoidExemptionForm), serverCaseForms?.VoidExemptionForm);
export const ReassignForm = lazyForm(() => import("./CaseForms").then((m) => m.ReassignForm), serverCaseForms?.ReassignForm);
export const CorrectCaseForm = lazyForm(() => import("./CaseForms").then((m) => m.CorrectCaseForm), serverCaseForms?.CorrectCaseForm);
export const VoidCaseForm = lazyForm(() => import("./CaseForms").then((m) => m.VoidCaseForm), serverCaseForms?.VoidCaseForm);
export const RecordMilestoneForm = lazyForm(
  () => import("./CaseForms").then((m) => m.RecordMilestoneForm),
  serverCaseForms?.RecordMilestoneForm,
);
export const VisitationForm = lazyForm(() => import("./RuleFactForms").then((m) => m.VisitationForm), serverRuleFactForms?.VisitationForm);
export const DoctorCertificateForm = lazyForm(
  () => import("./RuleFactForms").then((m) => m.DoctorCertificateForm),
  serverRuleFactForms?.DoctorCertificateForm,
);
export const EarlyFollowUpForm = lazyForm(
  () => import("./RuleFactForms").then((m) => m.EarlyFollowUpForm),
  serverRuleFactForms?.EarlyFollowUpForm,
);
export const RehabilitationTeamForm = lazyForm(
  () => import("./RuleFactForms").then((m) => m.RehabilitationTeamForm),
  serverRuleFactForms?.RehabilitationTeamForm,
);
export const ReassessmentForm = lazyForm(
  () => import("./RuleFactForms").then((m) => m.ReassessmentForm),
  serverRuleFactForms?.ReassessmentForm,
);
export const ChangeStatusForm = lazyForm(
  () => import("./ChangeStatusForm").then((m) => m.ChangeStatusForm),
  serverChangeStatusForm?.ChangeStatusForm,
);
export const RecordHeldForm = lazyForm(() => import("./FollowUpForms").then((m) => m.RecordHeldForm), serverFollowUpForms?.RecordHeldForm);
export const PlanFollowUpForm = lazyForm(
  () => import("./FollowUpForms").then((m) => m.PlanFollowUpForm),
  serverFollowUpForms?.PlanFollowUpForm,
);
export const CancelFollowUpForm = lazyForm(
  () => import("./FollowUpForms").then((m) => m.CancelFollowUpForm),
  serverFollowUpForms?.CancelFollowUpForm,
);
export const CorrectFollowUpForm = lazyForm(
  () => import("./FollowUpForms").then((m) => m.CorrectFollowUpForm),
  serverFollowUpForms?.CorrectFollowUpForm,
);
export const VoidFollowUpForm = lazyForm(
  () => import("./FollowUpForms").then((m) => m.VoidFollowUpForm),
  serverFollowUpForms?.VoidFollowUpForm,
);
// Shown open (a study note, flagging the case for the conference): wanted when scrolled into view.
export const AnnotateAllocationForm = lazyForm(
  () => import("./AnnotateAllocationForm").then((m) => m.AnnotateAllocationForm),
  serverAnnotate?.AnnotateAllocationForm,
);
export const FlagForConferenceForm = lazyForm(
  () => import("../../../meetings/_components/TaskForms").then((m) => m.FlagForConferenceForm),
  serverTaskForms?.FlagForConferenceForm,
);
