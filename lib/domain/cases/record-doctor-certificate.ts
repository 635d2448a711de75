// Records when the municipality requested and received the doctor's certificate for the first
// follow-up (lægeattest, sygedagpengeloven § 11 a). Under the 2014 rules the certificate is due with
// the first conversation in categories 2 and 3, and the case is flagged while it is missing. A later
// recording corrects the earlier one, with history.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { diffValues, historyValue } from "@/lib/domain/history/diff";
import type { TRecordDoctorCertificate } from "@/lib/validation/case-rules";
import { assertCaseDay, caseWriteSelect } from "./case-rules";

/**
 * Sets the certificate's requested and/or received day (Danish calendar days, not in the future,
 * not before the first absence day). A day left empty keeps what is stored.
 * @throws NotFoundError when the case is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "errors.dateInFuture" | "cases.errors.beforeAbsence" | "errors.dateBeforeStart" |
 *   "cases.errors.noChanges"; ConflictError on a stale version.
 */
export const recordDoctorCertificate = defineUseCase(
  { capability: "case.edit", notFound: "case" },
  async (ctx, data: TRecordDoctorCertificate): Promise<{ id: string; version: number }> => {
    const c = await ctx.write.sickLeaveCase.get({ where: { id: data.caseId }, select: caseWriteSelect });
    assertCaseDay(ctx, c, data.requestedOn, "requestedOn");
    assertCaseDay(ctx, c, data.receivedOn, "receivedOn");
    const before = {
      doctorCertificateRequestedOn: c.doctorCertificateRequestedOn,
      doctorCertificateReceivedOn: c.doctorCertificateReceivedOn,
    };
    const after = {
      doctorCertificateRequestedOn: data.requestedOn ?? c.doctorCertificateRequestedOn,
      doctorCertificateReceivedOn: data.receivedOn ?? c.doctorCertificateReceivedOn,
    };
    if (
      after.doctorCertificateRequestedOn &&
      after.doctorCertificateReceivedOn &&
      after.doctorCertificateReceivedOn < after.doctorCertificateRequestedOn
    )
      throw new DomainRuleError("errors.dateBeforeStart", "receivedOn");
    const changes = diffValues(
      {
        doctorCertificateRequestedOn: historyValue(before.doctorCertificateRequestedOn, "day"),
        doctorCertificateReceivedOn: historyValue(before.doctorCertificateReceivedOn, "day"),
      },
      {
        doctorCertificateRequestedOn: historyValue(after.doctorCertificateRequestedOn, "day"),
        doctorCertificateReceivedOn: historyValue(after.doctorCertificateReceivedOn, "day"),
      },
    );
    if (Object.keys(changes).length === 0) throw new DomainRuleError("cases.errors.noChanges");
    ctx.caseChanged(c.id);
    return ctx.saveChange("sickLeaveCase", c, {
      version: data.version,
      data: after,
      history: { action: "DOCTOR_CERTIFICATE", changes },
      audit: { citizenId: c.citizenId, details: { doctorCertificate: Object.keys(changes) } },
    });
  },
);
