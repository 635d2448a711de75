// Active staff of the organisation a coordinator may invite to a meeting (issue 12). Names and
// roles of staff are not citizens' data (lib/auth/policy userScope).
import { assignableParticipantScope } from "@/lib/auth/policy";
import { defineUseCase } from "@/lib/domain/run-use-case";

/**
 * Active staff of the actor's organisation who may take part in a meeting (policy assignableParticipantScope), by name.
 * @throws NotFoundError without "meeting.run".
 */
export const listMeetingStaff = defineUseCase(
  { capability: "meeting.run", notFound: "meeting" },
  async (ctx): Promise<{ id: string; name: string }[]> =>
    ctx.read.user.findMany({ where: assignableParticipantScope(ctx.actor), orderBy: { name: "asc" }, select: { id: true, name: true } }),
);
