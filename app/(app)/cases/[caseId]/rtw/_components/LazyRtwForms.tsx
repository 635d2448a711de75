"use client";
// The RTW tab's forms in closed sections (the plan's edit form, the schedule editor, rejecting an
// aid, declining a proposal) as lazy forms (components/forms/lazyForm.tsx, ADR 0030): their code
// loads when a section is opened, a form or section gets the focus, or a draft is kept for the page.
// On the server each is the form itself (the `require` branch). Forms shown open stay as they are.
import { lazyForm } from "@/components/forms/lazyForm";
import type * as EditPlanModule from "./EditPlanForm";
import type * as ScheduleModule from "./ScheduleEditor";
import type * as RejectAidModule from "./RejectAidForm";
import type * as DeclineModule from "./DeclineProposalForm";

const onServer = typeof window === "undefined";
const serverEditPlan = onServer ? (require("./EditPlanForm") as typeof EditPlanModule) : undefined;
const serverSchedule = onServer ? (require("./ScheduleEditor") as typeof ScheduleModule) : undefined;
const serverRejectAid = onServer ? (require("./RejectAidForm") as typeof RejectAidModule) : undefined;
const serverDecline = onServer ? (require("./DeclineProposalForm") as typeof DeclineModule) : undefined;

export const EditPlanForm = lazyForm(() => import("./EditPlanForm").then((m) => m.EditPlanForm), serverEditPlan?.EditPlanForm);
export const ScheduleEditor = lazyForm(() => import("./ScheduleEditor").then((m) => m.ScheduleEditor), serverSchedule?.ScheduleEditor);
export const RejectAidForm = lazyForm(() => import("./RejectAidForm").then((m) => m.RejectAidForm), serverRejectAid?.RejectAidForm);
export const DeclineProposalForm = lazyForm(
  () => import("./DeclineProposalForm").then((m) => m.DeclineProposalForm),
  serverDecline?.DeclineProposalForm,
);
