// Counts in the meeting agenda's suggestion reasons and other count texts use ICU plurals in both
// languages (walk6, shot 47: "is 1 days overdue", "is in 0 days", "in 1 days").
import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/server";

describe("count texts with plurals", () => {
  const en = translatorFor("en");
  const da = translatorFor("da");

  it("says today / tomorrow / in n days for a coming deadline", () => {
    expect(en("meetings.reason.DEADLINE_due", { kind: "X", days: 0 })).toBe("The deadline (X) is today");
    expect(en("meetings.reason.DEADLINE_due", { kind: "X", days: 1 })).toBe("The deadline (X) is tomorrow");
    expect(en("meetings.reason.DEADLINE_due", { kind: "X", days: 5 })).toBe("The deadline (X) is in 5 days");
    expect(da("meetings.reason.DEADLINE_due", { kind: "X", days: 0 })).toBe("Fristen (X) falder i dag");
    expect(da("meetings.reason.DEADLINE_due", { kind: "X", days: 1 })).toBe("Fristen (X) falder i morgen");
    expect(da("meetings.reason.DEADLINE_due", { kind: "X", days: 5 })).toBe("Fristen (X) falder om 5 dage");
  });

  it("uses the singular for one day overdue, waiting or stalled", () => {
    expect(en("meetings.reason.DEADLINE_overdue", { kind: "X", days: 1 })).toBe("The deadline (X) is 1 day overdue");
    expect(en("meetings.reason.DEADLINE_overdue", { kind: "X", days: 3 })).toBe("The deadline (X) is 3 days overdue");
    expect(da("meetings.reason.DEADLINE_overdue", { kind: "X", days: 1 })).toBe("Fristen (X) er overskredet med 1 dag");
    expect(en("meetings.reason.REFERRAL_WAITING", { days: 1 })).toBe("The referral has waited 1 day");
    expect(da("meetings.reason.REHAB_STALLED", { days: 1 })).toBe("Intet statusnotat eller ændret mål i 1 dag");
    expect(en("rehab.adherence.rateValue", { rate: "50 %", done: 1, days: 1 })).toBe("50 % (1 of 1 day)");
    expect(en("cases.pagination.status", { page: 1, pages: 1, total: 1 })).toBe("Page 1 of 1 (1 case)");
  });

  it("names the action items' table by the item's number", () => {
    expect(en("meetings.task.caption", { n: 2 })).toBe("Action items for item 2");
    expect(da("meetings.task.caption", { n: 2 })).toBe("Opgaver fra punkt 2");
  });
});
