"use client";
// The RTW tab's forms as lazy forms (components/forms/lazyForm.tsx, ADR 0030): their code loads when
// a section is opened, a form or section gets the focus, a shown form is scrolled into view, or a
// draft is kept for the page. On the server each is the form itself (the `require` branch).
import { lazyForm } from "@/components/forms/lazyForm";
import type * as EditPlanModule from "./EditPlanForm";
import type * as ScheduleModule from "./ScheduleEditor";
import type * as RejectAidModule from "./RejectAidForm";
import type * as DeclineModule from "./DeclineProposalForm";
import type * as CreatePlanModule from "./CreatePlanForm";
import type * as ActualHoursModule from "./ActualHoursForm";
import type * as RequestAidModule from "./RequestAidForm";
import type * as ApproveAidModule from "./ApproveAidForm";
import type * as AcceptModule from "./AcceptProposalForm";

const onServer = typeof window === "undefined";
const serverEditPlan = onServer ? (require("./EditPlanForm") as typeof EditPlanModule) : undefined;
const serverSchedule = onServer ? (require("./ScheduleEditor") as typeof ScheduleModule) : undefined;
const serverRejectAid = onServer ? (require("./RejectAidForm") as typeof RejectAidModule) : undefined;
const serverDecline = onServer ? (require("./DeclineProposalForm") as typeof DeclineModule) : undefined;
const serverCreatePlan = onServer ? (require("./CreatePlanForm") as typeof CreatePlanModule) : undefined;
const serverActualHours = onServer ? (require("./ActualHoursForm") as typeof ActualHoursModule) : undefined;
const serverRequestAid = onServer ? (require("./RequestAidForm") as typeof RequestAidModule) : undefined;
const serverApproveAid = onServer ? (require("./ApproveAidForm") as typeof ApproveAidModule) : undefined;
const serverAccept = onServer ? (require("./AcceptProposalForm") as typeof AcceptModule) : undefined;

export const EditPlanForm = lazyForm(() => import("./EditPlanForm").then((m) => m.EditPlanForm), serverEditPlan?.EditPlanForm);
export const ScheduleEditor = lazyForm(() => import("./ScheduleEditor").then((m) => m.ScheduleEditor), serverSchedule?.ScheduleEditor);
export const RejectAidForm = lazyForm(() => import("./RejectAidForm").then((m) => m.RejectAidForm), serverRejectAid?.RejectAidForm);
export const DeclineProposalForm = lazyForm(
  () => import("./DeclineProposalForm").then((m) => m.DeclineProposalForm),
  serverDecline?.DeclineProposalForm,
);
export const CreatePlanForm = lazyForm(() => import("./CreatePlanForm").then((m) => m.CreatePlanForm), serverCreatePlan?.CreatePlanForm);
export const ActualHoursForm = lazyForm(
  () => import("./ActualHoursForm").then((m) => m.ActualHoursForm),
  serverActualHours?.ActualHoursForm,
);
export const RequestAidForm = lazyForm(() => import("./RequestAidForm").then((m) => m.RequestAidForm), serverRequestAid?.RequestAidForm);
export const ApproveAidForm = lazyForm(() => import("./ApproveAidForm").then((m) => m.ApproveAidForm), serverApproveAid?.ApproveAidForm);
export const AcceptProposalForm = lazyForm(
  () => import("./AcceptProposalForm").then((m) => m.AcceptProposalForm),
  serverAccept?.AcceptProposalForm,
);
