export const followups = {
  title: "followups",
};
