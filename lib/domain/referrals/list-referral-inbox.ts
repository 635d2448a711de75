// The health center's referral inbox: referrals to the actor's department's programmes
// (referralScope), newest first, filterable by status and programme. Shows only what a referral
// itself needs: citizen name, programme, dates, status and queue position.
import type { Actor } from "@/lib/auth/policy";
import { can, referralScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import type { ReferralStatus } from "@/lib/db/generated/client";
import { listViewEntries, logAccess } from "@/lib/audit/log";
import { NotFoundError } from "@/lib/domain/errors";
import { staffNames, waitlistPositionsFor } from "./shared";

export type InboxFilter = { status?: ReferralStatus | null; programmeId?: string | null };

export type InboxRow = {
  id: string;
  citizenName: string;
  programmeId: string;
  programmeName: string;
  status: ReferralStatus;
  submittedAt: Date;
  waitlistPosition: number | null;
  assignedTherapistName: string | null;
  overridden: boolean;
};

export const INBOX_LIMIT = 300;

export async function listReferralInbox(actor: Actor, filter: InboxFilter = {}): Promise<InboxRow[]> {
  if (!can(actor, "referral.triage")) throw new NotFoundError("referrals");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const rows = await tx.referral.findMany({
      where: {
        AND: [
          referralScope(actor, "read"),
          filter.status ? { status: filter.status } : {},
          filter.programmeId ? { programmeId: filter.programmeId } : {},
        ],
      },
      orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
      take: INBOX_LIMIT,
      select: {
        id: true,
        citizenId: true,
        status: true,
        submittedAt: true,
        assignedTherapistId: true,
        overrideJustification: true,
        programme: { select: { id: true, name: true } },
        citizen: { select: { firstName: true, lastName: true } },
      },
    });
    const positions = await waitlistPositionsFor(
      tx,
      rows.filter((r) => r.status === "WAITLISTED").map((r) => r.programme.id),
    );
    const names = await staffNames(
      tx,
      actor.organisationId,
      rows.map((r) => r.assignedTherapistId),
    );
    await logAccess(
      tx,
      actor,
      listViewEntries(
        "Referral",
        rows.map((r) => ({ recordId: r.id, citizenId: r.citizenId })),
        { list: "inbox", status: filter.status ?? null, programmeId: filter.programmeId ?? null },
      ),
    );
    return rows.map((r) => ({
      id: r.id,
      citizenName: `${r.citizen.firstName} ${r.citizen.lastName}`,
      programmeId: r.programme.id,
      programmeName: r.programme.name,
      status: r.status,
      submittedAt: r.submittedAt,
      waitlistPosition: r.status === "WAITLISTED" ? (positions.get(r.id) ?? null) : null,
      assignedTherapistName: r.assignedTherapistId ? (names.get(r.assignedTherapistId) ?? null) : null,
      overridden: !!r.overrideJustification,
    }));
  });
}
