// A staff member's own access-log entries for the administrator (issue 13): to answer a
// data-protection question ("what did this employee open, and when?") without reading any content.
// Only when, which kind of record and which action are returned; never the citizen, the record id
// or details. The admin's look is itself logged.
import type { AccessAction } from "@/lib/db/generated/client";
import { defineUseCase } from "@/lib/domain/run-use-case";

export type StaffAccessRow = { id: string; at: Date; recordType: string; action: AccessAction };

export const STAFF_ACCESS_PAGE = 100;

/**
 * The newest entries of `userId`, `STAFF_ACCESS_PAGE` at a time; `before` (an entry id) pages to older ones.
 * @returns rows newest first, and the id to pass as `before` for the next page (null at the end).
 * @throws NotFoundError when the user is missing, in another organisation, or the actor lacks staffAccessLog.view.
 */
export const listStaffAccessLog = defineUseCase(
  { capability: "staffAccessLog.view", notFound: "user" },
  async (
    ctx,
    input: { userId: string; before?: string | null },
  ): Promise<{ name: string; rows: StaffAccessRow[]; nextBefore: string | null }> => {
    // The user is loaded through the organisation's scope; the log rows are reached through them.
    const u = await ctx.read.user.get({ where: { id: input.userId }, select: { id: true, name: true } });
    const before = input.before && /^\d{1,19}$/.test(input.before) ? BigInt(input.before) : null;
    const rows = await ctx.tx.accessLog.findMany({
      where: { actorId: u.id, ...(before !== null ? { id: { lt: before } } : {}) },
      orderBy: { id: "desc" },
      take: STAFF_ACCESS_PAGE + 1,
      select: { id: true, at: true, recordType: true, action: true },
    });
    const page = rows.slice(0, STAFF_ACCESS_PAGE);
    await ctx.audit.viewed({ recordType: "StaffAccessLog", recordId: u.id, details: { rows: page.length } });
    return {
      name: u.name,
      rows: page.map((r) => ({ id: r.id.toString(), at: r.at, recordType: r.recordType, action: r.action })),
      nextBefore: rows.length > STAFF_ACCESS_PAGE ? page[page.length - 1]!.id.toString() : null,
    };
  },
);
