// Completes an action item from the minutes (issue 12): records who and when. The assignee does it
// from "My tasks"; the meeting's coordinator may do it for a party without an account.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import type { TCompleteTask } from "@/lib/validation/meetings";

/**
 * Marks the task completed now by the actor.
 * @throws NotFoundError when the task is not the actor's (nor on the actor's own meeting).
 * @throws DomainRuleError "meetings.errors.taskDone"; ConflictError on a stale version.
 */
export const completeTask = defineUseCase(
  { capability: "task.view", notFound: "task" },
  async (ctx, data: TCompleteTask): Promise<void> => {
    const task = await ctx.write.meetingTask.get({ where: { id: data.taskId }, select: { id: true, citizenId: true, completedAt: true } });
    if (task.completedAt) throw new DomainRuleError("meetings.errors.taskDone");
    await ctx.updateVersioned("meetingTask", task.id, data.version, { completedAt: ctx.now, completedById: ctx.actor.userId });
    await ctx.audit.updated({ recordType: "MeetingTask", recordId: task.id, citizenId: task.citizenId, details: { completed: true } });
  },
);
