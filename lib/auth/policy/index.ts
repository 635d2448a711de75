// THE access policy (SPEC §2, ADR 0003, ADR 0007): the only module that reads roles, departments,
// relationships and consent to decide access. Other code asks it:
// - can(actor, capability): may this role take this kind of action at all (capabilities.ts)?
// - SCOPES / <kind>Scope(actor, purpose): which records are in reach (scopes.ts)? The use-case
//   runner adds these to every query, so a record outside the scope is not found (404).
// - consent.ts: which consent a cross-department read happens under.
// - coordinator.ts: the coordinator's meeting window on both departments' records.
// An architecture test fails when a file outside lib/auth/policy compares roles or department kinds.
export * from "./actor";
export * from "./capabilities";
export * from "./consent";
export * from "./coordinator";
export * from "./other-side";
export * from "./scopes";
export * from "./system-scopes";
export * from "./key-figure-scopes";
export * from "./meeting-scopes";
export * from "./staff";
export * from "./study-scopes";
