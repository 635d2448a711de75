// fix16 item 4: the basis of the deadline after an exemption is shown while the exemption is still
// running (the follow-up row is there from the day the exemption is registered), so its text must be
// true in both tenses: "Efter fritagelsens ophør: …", never "Fritagelsen er ophørt: …".
import { describe, expect, it } from "vitest";
import { rules as da } from "@/lib/i18n/messages/da/rules";
import { rules as en } from "@/lib/i18n/messages/en/rules";
import { day, report2014 } from "./support";

const KEYS = ["dk2014FollowUpAfterExemption", "dkFollowUpAfterExemption"] as const;

describe("the wording of the deadline after an exemption (fix16 item 4)", () => {
  it("is the basis of a deadline while the exemption still runs", () => {
    // Exemption on days 70–100, looked at on day 80: the follow-up 4 weeks after its end (day 128).
    const report = report2014({
      name: "",
      today: day(80),
      facts: { visits: [[2, day(56)]], held: [day(56)], exempt: [[day(70), day(100), "IMMINENT_RETURN"]] },
    });
    const followUp = report.deadlines.find((d) => d.kind === "FOLLOW_UP");
    expect(followUp?.legalBasisKey).toBe("dk2014FollowUpAfterExemption");
    expect(followUp?.dueOn.toISOString().slice(0, 10)).toBe(day(128));
  });

  it.each(KEYS)("%s does not say the exemption has ended, in Danish or English", (key) => {
    expect(da.basis[key]).toMatch(/^Efter fritagelsens ophør: /);
    expect(da.basis[key]).not.toMatch(/er ophørt/);
    expect(en.basis[key]).toMatch(/^After the exemption ends: /);
    expect(en.basis[key]).not.toMatch(/has ended/);
  });
});
