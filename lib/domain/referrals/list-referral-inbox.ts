// The health center's referral inbox: referrals to the actor's department's programmes
// (referralScope) in the order work is done (lib/referrals/inbox-order: new first, then the longest
// waiting, then the rest newest first), filterable by status and programme. Shows only what a
// referral itself needs: citizen name, programme, dates, waiting days, status and queue position.
import type { ReferralStatus } from "@/lib/db/generated/client";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { waitingDays } from "@/lib/referrals/inbox-order";
import { waitlistPositionsFor } from "./queue";
import { staffNames } from "@/lib/domain/users/staff-names";

export type InboxFilter = { status?: ReferralStatus | null; programmeId?: string | null; /** 1-based page number. */ page?: number };

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

/**
 * One page of the inbox: `page` is 1-based and clamped to [1, pages]; `total` = referrals matching the
 * filter, at most INBOX_COUNT_LIMIT; `more` = further referrals match beyond that limit (the oldest
 * finished ones: narrow the filter to reach them).
 */
export type Inbox = { rows: InboxRow[]; page: number; pages: number; total: number; more: boolean; pageSize: number };

/** Referrals per page of the inbox (issue 10: long lists page, 50 at a time, like *My cases*). */
export const INBOX_PAGE_SIZE = 50;

/** The inbox counts (and pages through) at most this many referrals per filter: 20 pages. */
export const INBOX_COUNT_LIMIT = 1000;

/**
 * The inbox's three groups in order (lib/referrals/inbox-order.ts inboxGroup), each read through the generated column `inboxGroup` and the
 * index (organisationId, inboxGroup, submittedAt, id) in the order that equals compareInbox within it (ADR 0031):
 * counts and pages stop after the rows they need instead of sorting the department's referrals.
 */
const GROUPS = ([0, 1, 2] as const).map((g) => {
  const order = g === 2 ? "desc" : "asc";
  return { where: { inboxGroup: g }, orderBy: [{ submittedAt: order }, { id: order }] as const };
});

/**
 * One page (`page`, default 1, clamped to the last page) of the referrals to the actor's department's
 * programmes (referralScope), filtered by status and programme, in inbox order (lib/referrals/inbox-order:
 * new first, then waiting for a start, the longest waiting first in both; then the rest, newest first).
 * Counts per group (each stopped at INBOX_COUNT_LIMIT in all) decide which groups the page's rows come
 * from, so only the page's rows are read and logged: one VIEW row per referral shown, or one for an
 * empty page (ADR 0003).
 * @throws NotFoundError when the actor cannot triage referrals (capability referral.triage).
 */
export const listReferralInbox = defineUseCase(
  { capability: "referral.triage", notFound: "referrals" },
  async (ctx, filter: InboxFilter | undefined): Promise<Inbox> => {
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
    // Counted up to INBOX_COUNT_LIMIT + 1 in inbox order, group by group: a count stops there (a department
    // of a large municipality has tens of thousands of finished referrals; counting them all on every
    // view cost ~100 ms of database time on the benchmark's 70,000).
    const sizes: number[] = [];
    let left = INBOX_COUNT_LIMIT + 1;
    for (const group of GROUPS) {
      const n =
        left > 0
          ? await ctx.read.referral.count({ where: { AND: [...filtered, group.where] }, orderBy: [...group.orderBy], take: left })
          : 0;
      sizes.push(n);
      left -= n;
    }
    const more = left <= 0;
    const total = Math.min(
      INBOX_COUNT_LIMIT,
      sizes.reduce((a, b) => a + b, 0),
    );
    const pages = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
    const page = Math.min(Math.max(1, Math.trunc(filter.page ?? 1)), pages);
    const from = (page - 1) * INBOX_PAGE_SIZE;
    const to = from + INBOX_PAGE_SIZE;
    const rows = [];
    let offset = 0;
    for (const [i, group] of GROUPS.entries()) {
      const skip = Math.max(0, from - offset);
      const take = Math.min(to, offset + sizes[i]!) - Math.max(from, offset);
      offset += sizes[i]!;
      if (take <= 0) continue;
      rows.push(
        ...(await ctx.read.referral.findMany({
          where: { AND: [...filtered, group.where] },
          orderBy: [...group.orderBy],
          skip,
          take,
          select,
        })),
      );
    }
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
    return {
      page,
      pages,
      total,
      more,
      pageSize: INBOX_PAGE_SIZE,
      rows: rows.map((r) => ({
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
      })),
    };
  },
);
