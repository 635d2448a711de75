// One citizen of the jobcenter's register with their cases and the correction history.
import { can } from "@/lib/auth/policy";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { decryptCpr } from "@/lib/crypto/cpr";
import { maskCpr } from "@/lib/validation/cpr";
import { historyFor } from "@/lib/domain/history/list-history";
import { citizenFactsSelect } from "./citizen-values";

/**
 * The citizen page: facts (CPR masked), live cases newest first, the correction history, and what
 * the actor may do (canEdit, canOpenCase). Logged as a VIEW of the citizen.
 * @throws NotFoundError without "citizen.viewRegister" (the register is the jobcenter's; health-center
 *   staff reach citizens through their own work), or when the citizen is missing, voided or outside the scope.
 */
export const getCitizen = defineUseCase({ capability: "citizen.viewRegister", notFound: "citizen" }, async (ctx, citizenId: string) => {
  const c = await ctx.read.citizen.get({
    where: { id: citizenId },
    select: {
      id: true,
      cprEncrypted: true,
      birthDate: true,
      ...citizenFactsSelect,
      version: true,
      createdAt: true,
      cases: {
        where: { voidedAt: null },
        orderBy: { firstAbsenceDay: "desc" },
        select: {
          id: true,
          status: true,
          firstAbsenceDay: true,
          closedOn: true,
          diagnosisGroup: true,
          caseworker: { select: { name: true } },
        },
      },
    },
  });
  const history = await historyFor(ctx, [{ recordType: "Citizen", recordId: c.id }]);
  await ctx.audit.viewed({ recordType: "Citizen", recordId: c.id, citizenId: c.id });
  const { cprEncrypted, cases, ...facts } = c;
  return {
    ...facts,
    cprMasked: maskCpr(decryptCpr(cprEncrypted)),
    cases: cases.map((k) => ({ ...k, caseworkerName: k.caseworker.name })),
    hasOpenCase: cases.some((k) => k.status !== "CLOSED"),
    canEdit: can(ctx.actor, "citizen.edit"),
    canOpenCase: can(ctx.actor, "case.create"),
    history,
  };
});

export type CitizenDetail = Awaited<ReturnType<typeof getCitizen>>;
