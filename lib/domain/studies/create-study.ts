// Defines an effect study (issue 14, ADR 0016). The intervention is one or more programmes of the
// organisation's catalogue and/or a way of working. A randomised study gets a fresh secret
// allocation seed, stored encrypted; the algorithm's name is stored with it so that an auditor can
// recompute the sequence once the seed is revealed at closing. A matched study has no seed: its arms
// are formed at analysis time (lib/domain/studies/matched-participants.ts).
import { randomInt } from "node:crypto";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { encryptStudySeed } from "@/lib/crypto/study-seed";
import { ALLOCATION_ALGORITHM, newAllocationSeed } from "@/lib/studies/allocation";
import { MATCHING_ALGORITHM } from "@/lib/studies/matching";
import { isoDay } from "@/lib/time";
import type { TCreateStudy } from "@/lib/validation/studies";

/**
 * Creates a study in the actor's organisation, status RUNNING.
 * Input: name, question, the intervention (programme ids of the catalogue and/or a way of working),
 * design (RANDOMISED or MATCHED), population (diagnosis groups; empty = all), stratification by
 * diagnosis group and allocation ratio (whole numbers 1–10 per arm; RANDOMISED only — a matched
 * study is 1:1 without strata), start and planned end (Danish days), planned participants and the
 * planned effect (days fewer on benefit, optional).
 * @returns the new study's id.
 * @throws NotFoundError without "study.manage", or when a programme is not in the organisation's
 *   catalogue (404, same as missing); DomainRuleError "studies.errors.nameTaken" (field name) when the
 *   organisation already has a study of that name, "studies.errors.startInPast" (field startOn) when a
 *   RANDOMISED study starts before today (cases already entered cannot be randomised afterwards; a
 *   MATCHED study may look back, its arms come from the records).
 */
export const createStudy = defineUseCase(
  { capability: "study.manage", notFound: "study" },
  async (ctx, data: TCreateStudy): Promise<{ id: string }> => {
    const randomised = data.design === "RANDOMISED";
    if (randomised && data.startOn.getTime() < ctx.today.getTime()) throw new DomainRuleError("studies.errors.startInPast", "startOn");
    const taken = await ctx.read.effectStudy.count({ where: { name: { equals: data.name, mode: "insensitive" } } });
    if (taken > 0) throw new DomainRuleError("studies.errors.nameTaken", "name");
    const programmes = await ctx.read.programme.findMany({ where: { id: { in: data.programmeIds } }, select: { id: true, name: true } });
    if (programmes.length !== data.programmeIds.length) {
      throw new NotFoundError(
        "programme",
        data.programmeIds.find((id) => !programmes.some((p) => p.id === id)),
      );
    }
    const { programmeIds, intervention, ...rest } = data;
    const design = randomised ? {} : { stratifyByDiagnosis: false, ratioIntervention: 1, ratioControl: 1 };
    const study = await ctx.tx.effectStudy.create({
      data: {
        organisationId: ctx.actor.organisationId,
        ...rest,
        ...design,
        intervention: intervention ?? "",
        allocationAlgorithm: randomised ? ALLOCATION_ALGORITHM : MATCHING_ALGORITHM,
        seedEncrypted: randomised ? encryptStudySeed(newAllocationSeed()) : null,
        bootstrapSeed: randomInt(1, 2 ** 31 - 1),
        createdById: ctx.actor.userId,
        programmes: { create: programmeIds.map((programmeId) => ({ programmeId })) },
      },
      select: { id: true, stratifyByDiagnosis: true, ratioIntervention: true, ratioControl: true },
    });
    await ctx.recordCreated("effectStudy", study, {
      values: {
        name: data.name,
        design: data.design,
        intervention: intervention ?? "",
        programmes: programmes.map((p) => p.name).sort(),
        diagnosisGroups: data.diagnosisGroups,
        stratifyByDiagnosis: study.stratifyByDiagnosis,
        ratio: `${study.ratioIntervention}:${study.ratioControl}`,
        startOn: isoDay(data.startOn),
        plannedEndOn: isoDay(data.plannedEndOn),
        plannedParticipants: data.plannedParticipants,
        plannedEffectDays: data.plannedEffectDays,
      },
      audit: { citizenId: null, details: { design: data.design } },
    });
    return { id: study.id };
  },
);
