import type { citizens as da } from "../da/citizens";

export const citizens: typeof da = {
  title: "citizens",
};
