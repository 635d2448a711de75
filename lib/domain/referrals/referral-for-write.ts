// The referral as the health center's triage use cases load it for a write (not a use case).

/** What assigning a therapist and moving a referral's status check and write from (loaded through the write scope). */
export const referralForWriteSelect = {
  id: true,
  status: true,
  version: true,
  caseId: true,
  citizenId: true,
  programmeId: true,
  assignedTherapistId: true,
  programme: { select: { departmentId: true, capacity: true } },
} as const;
