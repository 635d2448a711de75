// The hint under "Tilføj anonymiseret punkt" sends a named citizen to the suggestions, which the
// meeting page shows below the agenda (app/(app)/meetings/[meetingId]/page.tsx): it names that
// section by its heading and does not say "above" (walk9, fix12 item 3).
import { describe, expect, it } from "vitest";
import { meetings as da } from "@/lib/i18n/messages/da/meetings";
import { meetings as en } from "@/lib/i18n/messages/en/meetings";

describe("the anonymised item's hint", () => {
  it.each([
    ["da", da, /ovenfor/],
    ["en", en, /\babove\b/],
  ] as const)("%s: names the suggestions section by its heading, not 'above'", (_, m, above) => {
    expect(m.addItem.questionHint).toContain(`«${m.suggestions.heading}»`);
    expect(m.addItem.questionHint).not.toMatch(above);
  });
});
