// The health center's referral inbox: referrals to the actor's department's programmes
// (referralScope) in the order work is done (lib/referrals/inbox-order: new first, then the longest
// waiting, then the rest newest first), filterable by status and programme. Shows only what a
// referral itself needs: citizen name, programme, dates, waiting days, status and queue position.
import type { ReferralStatus } from "@/lib/db/generated/client";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { inboxOrder, waitingDays, WAITING_STATUSES } from "@/lib/referrals/inbox-order";
import { waitlistPositionsFor } from "./queue";
import { staffNames } from "@/lib/domain/users/staff-names";

export type InboxFilter = { status?: ReferralStatus | null; programmeId?: string | null };

export type InboxRow = {
  id: string;
  citizenName: string;
  programmeId: string;
  programmeName: string;
  status: ReferralStatus;
  submittedAt: Date;
  /** Whole Danish days since submission while the referral waits (new, accepted, wait-listed); else null. */
  waitingDays: number | null;
  waitlistPosition: number | null;
  assignedTherapistName: string | null;
  overridden: boolean;
  /** The jobcenter closed the referral's case (issue 8 item 6). */
  caseClosed: boolean;
};

export const INBOX_LIMIT = 300;

/**
 * The inbox rows (at most INBOX_LIMIT) in inbox order; waiting referrals are fetched first so the
 * limit never hides an old waiting referral behind finished ones. One VIEW row per referral listed, or one for an empty result (ADR 0003).
 * @throws NotFoundError when the actor cannot triage referrals (capability referral.triage).
 */
export const listReferralInbox = defineUseCase(
  { capability: "referral.triage", notFound: "referrals" },
  async (ctx, filter: InboxFilter | undefined): Promise<InboxRow[]> => {
    filter ??= {};
    const select = {
      id: true,
      citizenId: true,
      status: true,
      submittedAt: true,
      assignedTherapistId: true,
      overrideJustification: true,
      programme: { select: { id: true, name: true } },
      citizen: { select: { firstName: true, lastName: true } },
      case: { select: { status: true } },
    } as const;
    const filtered = [filter.status ? { status: filter.status } : {}, filter.programmeId ? { programmeId: filter.programmeId } : {}];
    const waiting = await ctx.read.referral.findMany({
      where: { AND: [...filtered, { status: { in: [...WAITING_STATUSES] } }] },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: INBOX_LIMIT,
      select,
    });
    const rest =
      waiting.length < INBOX_LIMIT
        ? await ctx.read.referral.findMany({
            where: { AND: [...filtered, { status: { notIn: [...WAITING_STATUSES] } }] },
            orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
            take: INBOX_LIMIT - waiting.length,
            select,
          })
        : [];
    const rows = inboxOrder([...waiting, ...rest]);
    const positions = await waitlistPositionsFor(
      ctx,
      rows.filter((r) => r.status === "WAITLISTED").map((r) => r.programme.id),
    );
    const names = await staffNames(
      ctx,
      rows.map((r) => r.assignedTherapistId),
    );
    await ctx.audit.viewedList(
      "Referral",
      rows.map((r) => ({ recordId: r.id, citizenId: r.citizenId })),
      { list: "inbox", status: filter.status ?? null, programmeId: filter.programmeId ?? null },
    );
    return rows.map((r) => ({
      id: r.id,
      citizenName: `${r.citizen.firstName} ${r.citizen.lastName}`,
      programmeId: r.programme.id,
      programmeName: r.programme.name,
      status: r.status,
      submittedAt: r.submittedAt,
      waitingDays: waitingDays(r, ctx.today),
      waitlistPosition: r.status === "WAITLISTED" ? (positions.get(r.id) ?? null) : null,
      assignedTherapistName: r.assignedTherapistId ? (names.get(r.assignedTherapistId) ?? null) : null,
      overridden: !!r.overrideJustification,
      caseClosed: r.case.status === "CLOSED",
    }));
  },
);
