import type { rehab as da } from "../da/rehab";

export const rehab: typeof da = {
  title: "rehab",
};
