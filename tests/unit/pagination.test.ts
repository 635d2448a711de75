// The worklist's page links (components/ui/Pagination.tsx, issue 10): first, last and two either
// side of the current page, one gap marker per hidden run.
import { describe, expect, it } from "vitest";
import { pageWindow } from "@/components/ui/Pagination";

describe("pageWindow", () => {
  it("shows every page when there are few", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
  it("keeps the first, the last and two either side of the current page, with gaps", () => {
    expect(pageWindow(1, 10)).toEqual([1, 2, 3, null, 10]);
    expect(pageWindow(6, 10)).toEqual([1, null, 4, 5, 6, 7, 8, null, 10]);
    expect(pageWindow(10, 10)).toEqual([1, null, 8, 9, 10]);
  });
});
