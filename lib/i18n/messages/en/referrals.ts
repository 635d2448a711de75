import type { referrals as da } from "../da/referrals";

export const referrals: typeof da = {
  title: "referrals",
};
