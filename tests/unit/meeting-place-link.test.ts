// "Sted eller videolink" (fix15 item 5): a value that starts like a link must be one whole https URL
// with a real host; "https://" alone is neither a place nor a link, and is refused at the field.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWholeHttpsUrl, ZCreateMeeting } from "@/lib/validation/meetings";

const meeting = (place: string, videoLink = "") => ({
  kind: "LEADERSHIP",
  title: "Ledermøde",
  startsAt: "2030-01-07T10:00",
  durationMinutes: "60",
  place,
  videoLink,
  participantIds: [],
  externalParticipants: "",
  weeks: "1",
});
const placeErrors = (place: string, videoLink = "") => {
  const r = ZCreateMeeting.safeParse(meeting(place, videoLink));
  return r.success ? [] : r.error.issues.filter((i) => i.path[0] === "place").map((i) => i.message);
};

describe("a place that starts like a link", () => {
  it.each([
    ["https://"],
    ["https:// "],
    ["https://meet"],
    ["https://localhost/room"],
    ["https://.dk"],
    ["https://møde."],
    ["https://10.0.0.1/rum"],
    ["http://meet.example.dk/abc"],
    ["www.meet.example.dk"],
    ["https://meet.example.dk/abc Mødelokale 2"],
    ["HTTPS://"],
  ])("%j is refused at the field", (place) => {
    expect(placeErrors(place)).toEqual(["errors.invalidUrl"]);
  });

  it("refused also beside a video link (the place would show it)", () => {
    expect(placeErrors("https://", "https://meet.example.dk/x")).toEqual(["errors.invalidUrl"]);
  });

  it.each([["https://meet.example.dk/abc-123"], ["https://teams.microsoft.com/l/meetup-join/19%3a"], ["https://xn--mde-rna.dk"]])(
    "%j is a video link",
    (place) => {
      const r = ZCreateMeeting.safeParse(meeting(place));
      expect(r.success && { place: r.data.place, videoLink: r.data.videoLink }).toEqual({ place: null, videoLink: place });
    },
  );

  it.each([["Mødelokale 2"], ["Jobcentret, lokale 3 (se https://kort.dk)"], ["Http-gangen 4"]])("%j is a place", (place) => {
    const r = ZCreateMeeting.safeParse(meeting(place));
    expect(r.success && r.data.place).toBe(place);
  });

  it("the video link field: only a whole https URL with a host", () => {
    const r = ZCreateMeeting.safeParse(meeting("Mødelokale 2", "https://meet"));
    expect(r.success ? [] : r.error.issues.map((i) => [i.path[0], i.message])).toContainEqual(["videoLink", "errors.invalidUrl"]);
  });

  it("property: https:// with a host without a dot is never accepted as a link", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9-]{0,20}$/), fc.stringMatching(/^(\/[a-z0-9]{0,8})?$/), (host, path) => {
        expect(isWholeHttpsUrl(`https://${host}${path}`)).toBe(false);
        expect(placeErrors(`https://${host}${path}`)).toEqual(["errors.invalidUrl"]);
      }),
      { numRuns: 200 },
    );
  });
});
