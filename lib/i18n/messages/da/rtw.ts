export const rtw = {
  title: "rtw",
};
