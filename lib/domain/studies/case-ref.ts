/** A reference to a case (the case page's id). */
export type TCaseRef = { caseId: string };
