export const rehab = {
  title: "rehab",
};
