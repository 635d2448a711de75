export const programmes = {
  title: "programmes",
};
