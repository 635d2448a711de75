// Active staff of the organisation a coordinator may invite to a meeting (issue 12). Names and
// roles of staff are not citizens' data (lib/auth/policy userScope).
import { defineUseCase } from "@/lib/domain/run-use-case";

/**
 * Active users of the actor's organisation, by name.
 * @throws NotFoundError without "meeting.run".
 */
export const listMeetingStaff = defineUseCase(
  { capability: "meeting.run", notFound: "meeting" },
  async (ctx): Promise<{ id: string; name: string }[]> =>
    ctx.read.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
);
