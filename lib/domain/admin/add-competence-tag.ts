// An administrator extends the list of competence tags (issue 13) beyond the built-in condition tags
// (lib/referrals/condition-tags.ts), e.g. "Ergonomi" or "Long COVID". Tags are never removed, so
// users that carry one keep a meaningful value.
import { CONDITION_TAGS } from "@/lib/referrals/condition-tags";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import type { TAddCompetenceTag } from "@/lib/validation/admin";
import { refuseUniqueViolation } from "@/lib/domain/unique-violation";

/** The stored key of a tag label: lower case, Danish letters kept, other characters as single dashes ("Long COVID" → "long-covid"). */
export function tagKeyOf(label: string): string {
  return label
    .normalize("NFC")
    .toLocaleLowerCase("da")
    .replace(/[^a-z0-9æøå]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

/**
 * Adds a competence tag to the organisation's list.
 * @returns the tag's key.
 * @throws NotFoundError without user.manage; DomainRuleError "admin.tags.errors.exists" (label) when the tag (or a built-in one) exists,
 *   "admin.tags.errors.letters" (label) when no key can be made of it.
 */
export const addCompetenceTag = defineUseCase(
  { capability: "user.manage", notFound: "competenceTag" },
  async (ctx, input: TAddCompetenceTag): Promise<{ key: string }> => {
    const key = tagKeyOf(input.label);
    if (!key || !/[a-zæøå]/.test(key)) throw new DomainRuleError("admin.tags.errors.letters", "label");
    if ((CONDITION_TAGS as readonly string[]).includes(key)) throw new DomainRuleError("admin.tags.errors.exists", "label");
    const { id } = await refuseUniqueViolation(
      ctx.tx.competenceTag.create({
        data: { organisationId: ctx.actor.organisationId, key, label: input.label, createdById: ctx.actor.userId },
        select: { id: true },
      }),
      "admin.tags.errors.exists",
      "label",
    );
    await ctx.history.record({
      recordType: "CompetenceTag",
      recordId: id,
      version: 1,
      action: "CREATE",
      changes: { label: { from: null, to: input.label } },
    });
    await ctx.audit.created({ recordType: "CompetenceTag", recordId: id, details: { key } });
    return { key };
  },
);
