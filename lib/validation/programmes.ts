// Programme catalogue inputs (create / correct). The checklist arrives as three parallel arrays
// from the form (criterionKey[], criterionText[], criterionRequired[] = keys of required rows);
// a key is an existing criterion's id or "new-…" for an added row. Browser-safe (no node imports).
import { z } from "zod";
import { CONDITION_TAGS } from "@/lib/referrals/condition-tags";
import { checkbox, decimalInRange, enumField, intInRange, listField, optionalText, requiredText, uuidField, versionField } from "./fields";
import { PROGRAMME_FORMATS, MAX_CRITERIA } from "./choices";
export { PROGRAMME_FORMATS, MAX_CRITERIA };

const stringList = listField(z.array(z.string({ error: "errors.invalidChoice" })));

const tagList = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(enumField(CONDITION_TAGS)).max(CONDITION_TAGS.length, "errors.invalidChoice"),
);

const programmeFields = {
  name: requiredText(200),
  description: requiredText(4000),
  targetGroup: requiredText(1000),
  format: enumField(PROGRAMME_FORMATS),
  rollingAdmission: checkbox,
  weeks: intInRange(1, 104, "weeks"),
  hoursPerWeek: decimalInRange(0.5, 37),
  capacity: intInRange(1, 500),
  priceDkk: intInRange(0, 1_000_000, "kroner"),
  conditionTags: tagList,
  active: checkbox,
  criterionKey: stringList.pipe(
    z
      .array(z.string().regex(/^(new-[a-z0-9-]{1,40}|[0-9a-f-]{36})$/i, "errors.invalidChoice"))
      .max(MAX_CRITERIA, "programmes.errors.tooManyCriteria"),
  ),
  criterionText: stringList.pipe(z.array(requiredText(500))),
  criterionRequired: stringList,
};

export type CriterionInput = { id: string | null; text: string; required: boolean };

type Raw = { criterionKey: string[]; criterionText: string[]; criterionRequired: string[] };

function checkCriteria(v: Raw, ctx: z.RefinementCtx) {
  if (v.criterionKey.length !== v.criterionText.length)
    ctx.addIssue({ code: "custom", path: ["criterionText"], message: "errors.formInvalid" });
  if (new Set(v.criterionKey).size !== v.criterionKey.length)
    ctx.addIssue({ code: "custom", path: ["criterionKey"], message: "errors.formInvalid" });
  if (v.criterionRequired.some((k) => !v.criterionKey.includes(k)))
    ctx.addIssue({ code: "custom", path: ["criterionRequired"], message: "errors.formInvalid" });
}

function toCriteria<T extends Raw>({ criterionKey, criterionText, criterionRequired, ...rest }: T) {
  const criteria: CriterionInput[] = criterionKey.map((key, i) => ({
    id: uuidField.safeParse(key).success ? key : null,
    text: criterionText[i]!,
    required: criterionRequired.includes(key),
  }));
  return { ...rest, criteria };
}

export const ZCreateProgramme = z.object(programmeFields).superRefine(checkCriteria).transform(toCriteria);
export type TCreateProgramme = z.output<typeof ZCreateProgramme>;

export const ZUpdateProgramme = z
  .object({ ...programmeFields, programmeId: uuidField, version: versionField, changeReason: optionalText(500) })
  .superRefine(checkCriteria)
  .transform(toCriteria);
export type TUpdateProgramme = z.output<typeof ZUpdateProgramme>;
