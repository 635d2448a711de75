// The citizen forms, one component per file; re-exported here for the citizen pages.
export { CreateCitizenForm } from "./CreateCitizenForm";
export { CorrectCitizenForm } from "./CorrectCitizenForm";
export { VoidCitizenForm } from "./VoidCitizenForm";
export { OpenCaseForm } from "./OpenCaseForm";
export type { CitizenValues } from "./CitizenFields";
