export const citizens = {
  title: "citizens",
};
