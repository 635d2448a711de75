import type { programmes as da } from "../da/programmes";

export const programmes: typeof da = {
  title: "programmes",
};
