// Defines an effect study (issue 14, ADR 0016). A randomised study gets a fresh secret allocation
// seed, stored encrypted; the algorithm's name is stored with it so that an auditor can recompute
// the sequence once the seed is revealed at closing.
import { randomInt } from "node:crypto";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { encryptStudySeed } from "@/lib/crypto/study-seed";
import { ALLOCATION_ALGORITHM, newAllocationSeed } from "@/lib/studies/allocation";
import { isoDay } from "@/lib/time";
import type { TCreateStudy } from "@/lib/validation/studies";

/**
 * Creates a study in the actor's organisation, status RUNNING.
 * Input: name, question, intervention, design (RANDOMISED), population (diagnosis groups; empty = all),
 * stratification by diagnosis group, allocation ratio (whole numbers 1–10 per arm), start and planned
 * end (Danish days), planned participants and the planned effect (days fewer on benefit, optional).
 * @returns the new study's id.
 * @throws NotFoundError without "study.manage"; DomainRuleError "studies.errors.nameTaken" (field name)
 *   when the organisation already has a study of that name, "studies.errors.startInPast" (field startOn)
 *   when the start lies before today (cases already entered cannot be randomised afterwards).
 */
export const createStudy = defineUseCase(
  { capability: "study.manage", notFound: "study" },
  async (ctx, data: TCreateStudy): Promise<{ id: string }> => {
    if (data.startOn.getTime() < ctx.today.getTime()) throw new DomainRuleError("studies.errors.startInPast", "startOn");
    const taken = await ctx.read.effectStudy.count({ where: { name: { equals: data.name, mode: "insensitive" } } });
    if (taken > 0) throw new DomainRuleError("studies.errors.nameTaken", "name");
    const study = await ctx.tx.effectStudy.create({
      data: {
        organisationId: ctx.actor.organisationId,
        ...data,
        allocationAlgorithm: ALLOCATION_ALGORITHM,
        seedEncrypted: encryptStudySeed(newAllocationSeed()),
        bootstrapSeed: randomInt(1, 2 ** 31 - 1),
        createdById: ctx.actor.userId,
      },
      select: { id: true },
    });
    await ctx.history.created("EffectStudy", study.id, {
      name: data.name,
      design: data.design,
      diagnosisGroups: data.diagnosisGroups,
      stratifyByDiagnosis: data.stratifyByDiagnosis,
      ratio: `${data.ratioIntervention}:${data.ratioControl}`,
      startOn: isoDay(data.startOn),
      plannedEndOn: isoDay(data.plannedEndOn),
      plannedParticipants: data.plannedParticipants,
      plannedEffectDays: data.plannedEffectDays,
    });
    await ctx.audit.created({ recordType: "EffectStudy", recordId: study.id, details: { design: data.design } });
    return study;
  },
);
