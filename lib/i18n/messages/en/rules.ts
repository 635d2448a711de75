import type { rules as da } from "../da/rules";

export const rules: typeof da = {
  title: "rules",
};
