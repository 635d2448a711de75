// How one word of a name search becomes conditions on Citizen.nameSearch (ADR 0019 column, ADR 0024
// index). Pure: no database. The column is samspil_search_key(firstName || ' ' || lastName): lower()
// of the database's locale, then Latin-1 capitals folded by translate() (a "C"-locale server's lower()
// folds ASCII only). A GIN trigram index (pg_trgm) serves every pattern built here.
import type { Prisma } from "@/lib/db/generated/client";

/** Words shorter than this match at the start of a name part only (a trigram index needs 3 characters). */
export const SHORT_WORD = 3;

/** A word this long (or two of SHORT_WORD) narrows a search to few enough rows that reading them all and sorting beats walking the name order (ADR 0024). */
export const SELECTIVE_WORD = 4;

/** At most this many words of a search are used (more narrow nothing a person would type). */
export const MAX_NAME_WORDS = 5;

/**
 * The search key of `text` as the database computes it on a "C"-locale server (where ADR 0019's
 * samspil_search_key lowers ASCII by lower() and the Latin-1 capitals À–Þ, not ×, by translate()).
 * On a server with a Unicode locale the key is `toLowerCase()` instead; `nameWordVariants` uses both.
 */
export function cLocaleSearchKey(text: string): string {
  return text.replace(/[A-Z\u00C0-\u00D6\u00D8-\u00DE]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

/**
 * The forms of one search word (already NFC) that can occur in `nameSearch`: JavaScript's lower case
 * (a Unicode-locale server) and the "C"-locale key (see cLocaleSearchKey). One form for Danish,
 * ASCII and Latin-1 words; two for e.g. "Łukasz" (ł on a Unicode server, Ł kept on a "C" server).
 */
export function nameWordVariants(word: string): string[] {
  return [...new Set([word.toLowerCase(), cLocaleSearchKey(word)])];
}

/**
 * The words of a name search: NFC, split on white space, empty parts dropped, at most MAX_NAME_WORDS.
 */
export function nameWords(q: string): string[] {
  return q.normalize("NFC").split(/\s+/).filter(Boolean).slice(0, MAX_NAME_WORDS);
}

/**
 * Where-clause on Citizen for one name word (ADR 0024):
 * - 3 or more characters: anywhere in "first name last name" (substring, as before), e.g. "kier"
 *   finds Kierkegaard and "sen" finds Jensen;
 * - 1 or 2 characters: at the start of the name or of a name part after a space or hyphen, e.g. "Bo"
 *   finds "Bo Berg", "Bodil Holm" and "Anne Bøg-Bolt" but not "Jacobo Lund"; "Ib" finds Ib, not Tibbe.
 *   A trigram index cannot serve a 1–2 character substring; word starts it can (pg_trgm pads words).
 * Case-insensitive on every server locale through the variants of nameWordVariants.
 */
export function nameWordWhere(word: string): Prisma.CitizenWhereInput {
  const short = [...word].length < SHORT_WORD;
  const conditions = nameWordVariants(word).flatMap((v): Prisma.CitizenWhereInput[] =>
    short
      ? [{ nameSearch: { startsWith: v } }, { nameSearch: { contains: ` ${v}` } }, { nameSearch: { contains: `-${v}` } }]
      : [{ nameSearch: { contains: v } }],
  );
  return conditions.length === 1 ? conditions[0]! : { OR: conditions };
}

/**
 * Whether a name search should read its matches through the trigram index and sort them, rather than
 * let the planner walk the (organisationId, nameSortKey) index in Danish order and filter (ADR 0024):
 * true when a word has SELECTIVE_WORD or more characters, or two words have SHORT_WORD or more.
 * Matches cluster in that order (a surname: "pedersen" is 6,795 of 200,000 citizens, all under P),
 * so the walk can read 100,000+ rows (0.2–1.4 s measured) where reading and sorting the matches takes
 * 35–55 ms for a common surname and 7 ms (p50) for a first and last name. A single short, very common
 * fragment ("sen": 80 % of the citizens) is the opposite case and is left to the planner.
 */
export function prefersIndexedMatches(words: string[]): boolean {
  const lengths = words.map((w) => [...w].length);
  return lengths.some((n) => n >= SELECTIVE_WORD) || lengths.filter((n) => n >= SHORT_WORD).length >= 2;
}
