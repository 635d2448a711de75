// The jobcenter's citizen register: search by full CPR number (exact, through the blind index)
// or by name (case-insensitive on any database collation, every word must match the name; NFC like
// the stored names, ADR 0019; trigram index, ADR 0024). Results in Danish order (Æ, Ø, Å last). CPR is masked.
// The search text itself is never logged (it may be a CPR number).
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { CaseStatus, EmploymentStatus, Prisma } from "@/lib/db/generated/client";
import { cprBlindIndex, decryptCpr } from "@/lib/crypto/cpr";
import { cprDigits, maskCpr, parseCpr } from "@/lib/validation/cpr";
import type { TSearchCitizens } from "@/lib/validation/citizens";
import { nameWordWhere, nameWords, prefersIndexedMatches } from "./name-search";

export type CitizenRow = {
  id: string;
  name: string;
  cprMasked: string;
  employmentStatus: EmploymentStatus;
  openCase: { id: string; status: CaseStatus } | null;
};

export type CitizenSearch = { rows: CitizenRow[]; by: "cpr" | "name" | "none"; invalidCpr: boolean; limited: boolean };

export const CITIZEN_LIST_LIMIT = 50;

/**
 * Where-clause for a worklist/register search text: a full CPR number (any dashes or spaces, see
 * cprDigits), or words of the name. The text is NFC-normalised like every stored name; every word
 * must match the generated lower-case `nameSearch` ("first name last name", ADR 0019; works on a
 * "C"-locale server, where ILIKE does not fold Å/å): words of 3+ characters anywhere, 1–2 character
 * words at the start of a name part (nameWordWhere; served by the trigram index, ADR 0024).
 */
export function citizenSearchWhere(q: string | undefined): {
  where: Prisma.CitizenWhereInput;
  by: CitizenSearch["by"];
  invalidCpr: boolean;
  /** A name search that should read its matches through the trigram index and sort them (prefersIndexedMatches). */
  sortMatches?: boolean;
} {
  if (!q) return { where: {}, by: "none", invalidCpr: false };
  const digits = cprDigits(q);
  if (/^\d{10}$/.test(digits)) {
    const parsed = parseCpr(digits);
    if (!parsed.ok) return { where: { id: { in: [] } }, by: "cpr", invalidCpr: true };
    return { where: { cprIndex: cprBlindIndex(parsed.cpr) }, by: "cpr", invalidCpr: false };
  }
  const words = nameWords(q);
  return { where: { AND: words.map(nameWordWhere) }, by: "name", invalidCpr: false, sortMatches: prefersIndexedMatches(words) };
}

/**
 * The jobcenter's citizen register: live citizens matching the search (full CPR number through the
 * blind index, or name words), by name in Danish order (nameSortKey, ADR 0019), at most CITIZEN_LIST_LIMIT (`limited`). One VIEW row per
 * citizen shown, or one row for the search itself when nothing matched (the text is never logged).
 * @throws NotFoundError without "citizen.viewRegister" (health-center staff reach citizens through their own work).
 */
export const searchCitizens = defineUseCase(
  { capability: "citizen.viewRegister", notFound: "citizens" },
  async (ctx, query: Partial<TSearchCitizens>): Promise<CitizenSearch> => {
    const { where, by, invalidCpr, sortMatches } = citizenSearchWhere(query.q);
    const found = await ctx.read.citizen.findMany({
      where,
      // nameSortKey is never null (generated from two required names), so NULLS FIRST orders exactly as
      // NULLS LAST, but the ascending (NULLS LAST) btree cannot produce it: the planner reads the
      // trigram matches and sorts them instead of walking the Danish order (ADR 0024).
      orderBy: [{ nameSortKey: { sort: "asc", nulls: sortMatches ? "first" : "last" } }, { id: "asc" }],
      take: CITIZEN_LIST_LIMIT + 1,
      select: {
        id: true,
        firstName: true,
        lastName: true,
        cprEncrypted: true,
        employmentStatus: true,
        cases: { where: { voidedAt: null, status: { not: "CLOSED" } }, select: { id: true, status: true }, take: 1 },
      },
    });
    const rows = found.slice(0, CITIZEN_LIST_LIMIT);
    await ctx.audit.viewedList(
      "Citizen",
      rows.map((r) => ({ recordId: r.id, citizenId: r.id })),
      { list: "citizens", search: by },
    );
    return {
      by,
      invalidCpr,
      limited: found.length > CITIZEN_LIST_LIMIT,
      rows: rows.map((c) => ({
        id: c.id,
        name: `${c.firstName} ${c.lastName}`,
        cprMasked: maskCpr(decryptCpr(c.cprEncrypted)),
        employmentStatus: c.employmentStatus,
        openCase: c.cases[0] ?? null,
      })),
    };
  },
);
