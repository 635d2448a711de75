import type { rtw as da } from "../da/rtw";

export const rtw: typeof da = {
  title: "rtw",
};
