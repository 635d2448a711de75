import type { followups as da } from "../da/followups";

export const followups: typeof da = {
  title: "followups",
};
