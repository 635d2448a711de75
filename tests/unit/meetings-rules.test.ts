// Pure pieces of the meetings feature (issue 12, ADR 0017): employer-sharing topics, the board
// pack's month, the weekly series across summer time, and the RTW/rehab rule edges.
import { describe, expect, it } from "vitest";
import { employerTopicsOf, topicsBeyondConsent } from "@/lib/meetings/employer-share";
import { boardPackMonthFor } from "@/lib/meetings/board-pack";
import { rehabStalledSuggestion, rtwBehindSuggestion } from "@/lib/meetings/suggestion-rules";
import { addDanishWeeks, danishLocalToInstant, instantToDanishLocal, utcDay } from "@/lib/time";

describe("employer sharing topics", () => {
  it("splits the consent's text on lines, commas, semicolons and 'og'", () => {
    expect(employerTopicsOf("Arbejdstider og skånehensyn, løfterestriktioner\nForventet varighed; Arbejdstider")).toEqual([
      "Arbejdstider",
      "skånehensyn",
      "løfterestriktioner",
      "Forventet varighed",
    ]);
    expect(employerTopicsOf(null)).toEqual([]);
  });
  it("finds chosen topics beyond the consent, ignoring case and spaces", () => {
    expect(topicsBeyondConsent([" arbejdstider ", "Diagnose"], ["Arbejdstider", "skånehensyn"])).toEqual(["Diagnose"]);
  });
});

describe("board pack month", () => {
  it("is the month before the meeting's Danish month, across the year boundary and midnight", () => {
    expect(boardPackMonthFor(danishLocalToInstant("2026-03-10T15:00"))).toBe("2026-02");
    expect(boardPackMonthFor(danishLocalToInstant("2027-01-05T09:00"))).toBe("2026-12");
    // 00:30 Danish time on 1 December is still 30 November in UTC.
    expect(boardPackMonthFor(danishLocalToInstant("2026-12-01T00:30"))).toBe("2026-11");
  });
});

describe("weekly series", () => {
  it("keeps 09:00 Danish time across the change to summer time", () => {
    const first = danishLocalToInstant("2027-03-23T09:00");
    expect(instantToDanishLocal(addDanishWeeks(first, 1))).toBe("2027-03-30T09:00");
    expect(addDanishWeeks(first, 1).getTime() - first.getTime()).toBe(7 * 24 * 3_600_000 - 3_600_000);
  });
});

describe("rule edges", () => {
  it("RTW behind needs N consecutive recorded weeks each strictly below plan", () => {
    const w = (weekNumber: number, plannedHours: number, actualHours: number | null) => ({ weekNumber, plannedHours, actualHours });
    expect(rtwBehindSuggestion([w(1, 10, 9), w(2, 15, 14)], 2)).toEqual({ weekNumbers: [1, 2] });
    expect(rtwBehindSuggestion([w(1, 10, 9), w(3, 15, 14)], 2)).toBeNull();
    expect(rtwBehindSuggestion([w(1, 10, 9), w(2, 15, 15)], 2)).toBeNull();
    expect(rtwBehindSuggestion([w(2, 15, 14)], 2)).toBeNull();
  });
  it("rehab stalled counts the plan's start when nothing happened since", () => {
    const today = utcDay(2026, 11, 30);
    expect(rehabStalledSuggestion({ startOn: utcDay(2026, 11, 2), notes: [], goals: [] }, today, 4)).toMatchObject({ days: 28 });
    expect(rehabStalledSuggestion({ startOn: utcDay(2026, 11, 3), notes: [], goals: [] }, today, 4)).toBeNull();
  });
  it("rehab stalled: a goal correction is activity (on its Danish day)", () => {
    const today = utcDay(2026, 11, 30);
    const plan = { startOn: utcDay(2026, 10, 1), notes: [], goals: [] };
    expect(rehabStalledSuggestion(plan, today, 4)).toMatchObject({ days: 60 });
    // 2026-11-02 23:30 UTC is 3 November 00:30 in Denmark: 27 days before today, so not stalled.
    expect(rehabStalledSuggestion({ ...plan, goalCorrections: [new Date("2026-11-02T23:30:00Z")] }, today, 4)).toBeNull();
    expect(rehabStalledSuggestion({ ...plan, goalCorrections: [new Date("2026-11-02T22:30:00Z")] }, today, 4)).toMatchObject({
      days: 28,
    });
  });
});

describe("creating a meeting: one field for a place or a video link (small8 item 2)", () => {
  const base = {
    kind: "ROUNDTABLE",
    title: "Rundbord",
    startsAt: "2030-03-10T09:00",
    durationMinutes: "60",
    externalParticipants: "",
    weeks: "1",
  };
  it("keeps a place as the place, stores a lone https link as the video link, and refuses neither", async () => {
    const { ZCreateMeeting } = await import("@/lib/validation/meetings");
    const place = ZCreateMeeting.parse({ ...base, place: "Mødelokale 2" });
    expect([place.place, place.videoLink]).toEqual(["Mødelokale 2", null]);
    const link = ZCreateMeeting.parse({ ...base, place: " https://video.example.dk/rum/42 " });
    expect([link.place, link.videoLink]).toEqual([null, "https://video.example.dk/rum/42"]);
    // A place that mentions a link stays a place; a separate video link is kept as given.
    const both = ZCreateMeeting.parse({ ...base, place: "Lokale 2 eller https://video.example.dk", videoLink: "https://x.example.dk" });
    expect([both.place, both.videoLink]).toEqual(["Lokale 2 eller https://video.example.dk", "https://x.example.dk"]);
    const none = ZCreateMeeting.safeParse({ ...base, place: "" });
    expect(none.success).toBe(false);
    expect(none.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["place", "meetings.errors.placeOrLink"]]);
  });

  it("takes a video link of up to 500 characters in the field, a place of up to 200, and refuses a broken link at the field (fix10 item 3)", async () => {
    const { ZCreateMeeting } = await import("@/lib/validation/meetings");
    const issues = (place: string) =>
      ZCreateMeeting.safeParse({ ...base, place }).error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];
    const long = `https://video.example.dk/join?${"t=x".padEnd(470, "a")}`;
    expect(long.length).toBeGreaterThan(200);
    expect(long.length).toBeLessThanOrEqual(500);
    const link = ZCreateMeeting.parse({ ...base, place: long });
    expect([link.place, link.videoLink]).toEqual([null, long]);
    expect(ZCreateMeeting.parse({ ...base, place: "L".repeat(200) }).place).toBe("L".repeat(200));
    expect(issues("L".repeat(201))).toEqual([["place", "meetings.errors.placeTooLong"]]);
    expect(issues(`https://video.example.dk/${"a".repeat(480)}`)).toEqual([["place", "errors.tooLong"]]);
    expect(issues("https://<>")).toEqual([["place", "errors.invalidUrl"]]);
    expect(issues("x".repeat(501))).toEqual([["place", "errors.tooLong"]]);
    // The other checks still run.
    expect(
      ZCreateMeeting.safeParse({ ...base, place: "L".repeat(201), weeks: "2" }).error?.issues.map((i) => [i.path.join("."), i.message]),
    ).toEqual([
      ["place", "meetings.errors.placeTooLong"],
      ["weeks", "meetings.errors.seriesOnlyWeekly"],
    ]);
  });
});
