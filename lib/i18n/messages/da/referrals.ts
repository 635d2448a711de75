export const referrals = {
  title: "referrals",
};
