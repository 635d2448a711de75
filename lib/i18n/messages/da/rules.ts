export const rules = {
  title: "rules",
};
