// A history row of a user written by that user before anyone is signed in (redeeming a set-password
// link, the first SSO sign-in linking the subject). Outside the use-case runner because there is no
// actor yet; the row is the one ctx.history.record would write for a user (ADR 0013).
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { AdminHistoryAction } from "@/lib/domain/history/types";

/**
 * Appends the user's next history version (users' history is numbered by itself: after the last row,
 * or 2 when only the implied creation exists), changed by the user themself.
 */
export async function recordOwnUserChange(
  tx: Prisma.TransactionClient,
  user: { id: string; organisationId: string },
  action: AdminHistoryAction,
  changes: Record<string, { from: string | null; to: string | null }>,
): Promise<void> {
  const { _max } = await tx.recordVersion.aggregate({ where: { recordType: "User", recordId: user.id }, _max: { version: true } });
  await tx.recordVersion.create({
    data: {
      organisationId: user.organisationId,
      recordType: "User",
      recordId: user.id,
      version: (_max.version ?? 1) + 1,
      action,
      changes,
      changedById: user.id,
    },
  });
}
