// The competence tags users may carry (issue 13): the built-in condition tags (labels in the
// translations, programmes.tags.*) followed by the organisation's own (labels as the admin wrote them).
import { CONDITION_TAGS } from "@/lib/referrals/condition-tags";
import { defineUseCase } from "@/lib/domain/run-use-case";

export type CompetenceTagOption = { key: string; builtIn: true } | { key: string; builtIn: false; label: string };

/**
 * All tags of the organisation, built-in first, then the organisation's own by label.
 * @throws NotFoundError without user.manage.
 */
export const listCompetenceTags = defineUseCase(
  { capability: "user.manage", notFound: "competenceTag" },
  async (ctx): Promise<CompetenceTagOption[]> => {
    const own = await ctx.read.competenceTag.findMany({ orderBy: { label: "asc" }, select: { key: true, label: true } });
    return [...CONDITION_TAGS.map((key) => ({ key, builtIn: true as const })), ...own.map((t) => ({ ...t, builtIn: false as const }))];
  },
);
