// Demo facts of the 2014 follow-up rules (issue 15), consistent with each case's story: the
// visitation category (kategori 1 for young cases from the sick-leave information form, 2 or 3 at
// the first follow-up conversation: 3 where the conversations describe challenges beyond health,
// i.e. the stress cases, else 2), the doctor's certificate before the first conversation (one
// requested but still missing), the rehabilitation team for category 3 within 4 weeks (one not
// yet), one fast-track case (the employee asked for early follow-up), and one reassessment
// (an extension for medical treatment for a long-running treatment case). Runs before the deadlines step.
import type { Prisma } from "@/lib/db/generated/client";
import { addDays } from "@/lib/rules/dates";
import { danishDayOf } from "@/lib/time";
import { demoCases, type SeedContext } from "./base";

export async function seedCaseRules(ctx: SeedContext): Promise<void> {
  const { db, r, today } = ctx;
  const cases = await demoCases(ctx, {
    exemptions: { select: { id: true } },
    followUps: { where: { status: "HELD" }, select: { id: true, heldAt: true }, orderBy: { heldAt: "asc" } },
  });
  const visitations: Prisma.CaseVisitationCreateManyInput[] = [];
  const teams: Prisma.RehabilitationTeamPresentationCreateManyInput[] = [];
  let missingCertificate = false;
  let teamPending = false;
  let fastTrack = false;
  let reassessed = false;

  for (const c of cases) {
    const open = c.status !== "CLOSED";
    const end = c.closedOn ?? today;
    const ageDays = Math.round((end.getTime() - c.firstAbsenceDay.getTime()) / 86_400_000);
    const first = c.followUps[0];
    if (!first?.heldAt) {
      // Young cases: category 1 from the information form when a quick return is expected, else not yet visited.
      if (ageDays >= 7 && c.diagnosisGroup === "MUSCULOSKELETAL") {
        visitations.push({
          caseId: c.id,
          category: 1,
          visitedOn: addDays(c.firstAbsenceDay, r.int(4, 6)),
          createdById: c.caseworkerId,
          note: "Oplysningsskema modtaget.",
        });
      } else if (open && !fastTrack && ageDays >= 14 && ageDays <= 40 && c.exemptions.length === 0) {
        fastTrack = true;
        await db.earlyFollowUpRequest.create({
          data: {
            caseId: c.id,
            requestedOn: addDays(c.firstAbsenceDay, 10),
            requestedBy: "EMPLOYEE",
            note: "Borgeren ringede og bad om en tidlig samtale.",
            createdById: c.caseworkerId,
          },
        });
      }
      continue;
    }
    const firstDay = danishDayOf(first.heldAt);
    const category = c.diagnosisGroup === "MENTAL" ? 3 : 2;
    visitations.push({ caseId: c.id, category, visitedOn: firstDay, followUpId: first.id, createdById: c.caseworkerId, note: null });
    // Revisited at the third conversation (same category: the course goes on as planned).
    const third = c.followUps[2];
    if (third?.heldAt)
      visitations.push({
        caseId: c.id,
        category,
        visitedOn: danishDayOf(third.heldAt),
        followUpId: third.id,
        createdById: c.caseworkerId,
        note: "Revisiteret.",
      });
    const requestedOn = addDays(c.firstAbsenceDay, 28);
    const stillMissing = open && !missingCertificate && ageDays < 120;
    if (stillMissing) missingCertificate = true;
    await db.sickLeaveCase.update({
      where: { id: c.id },
      data: {
        doctorCertificateRequestedOn: requestedOn < firstDay ? requestedOn : addDays(firstDay, -7),
        doctorCertificateReceivedOn: stillMissing ? null : addDays(firstDay, -r.int(1, 5)),
      },
    });
    if (category === 3) {
      const due = addDays(firstDay, 28);
      if (open && !teamPending && due > addDays(today, -20)) {
        teamPending = true;
      } else if (addDays(firstDay, 21) < end) {
        teams.push({
          caseId: c.id,
          presentedOn: addDays(firstDay, r.int(14, 27)),
          createdById: c.caseworkerId,
          note: "Indstilling: fortsat behandling og gradvis tilbagevenden.",
        });
      }
    }
    // One reassessment: a long treatment course (other diagnoses: chemotherapy, heart surgery) past the 22 weeks.
    if (open && !reassessed && c.diagnosisGroup === "OTHER" && ageDays > 200) {
      reassessed = true;
      await db.caseReassessment.create({
        data: {
          caseId: c.id,
          decidedOn: addDays(today, -r.int(5, 20)),
          outcome: "EXTENDED",
          ground: "MEDICAL_TREATMENT",
          extendedUntil: addDays(today, 90),
          note: "Forlænget, da borgeren er i lægelig behandling, og en raskmelding forventes inden for 3 måneder.",
          createdById: c.caseworkerId,
        },
      });
    }
  }
  if (visitations.length) await db.caseVisitation.createMany({ data: visitations });
  if (teams.length) await db.rehabilitationTeamPresentation.createMany({ data: teams });
}
