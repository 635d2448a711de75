// The response of a file export (the key figures, a study's results, a citizen's access report):
// saved under its file name rather than shown, and never kept by the browser's or a proxy's cache,
// since every export holds person data or figures about persons.

export const CSV_TYPE = "text/csv; charset=utf-8";

/** `body` as a download of type `type` saved as `filename`, not cached. */
export function downloadResponse(body: BodyInit, type: string, filename: string): Response {
  return new Response(body, {
    headers: { "Content-Type": type, "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
  });
}
