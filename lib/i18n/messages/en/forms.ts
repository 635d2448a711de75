import type { forms as da } from "../da/forms";

export const forms: typeof da = {
  counter: "{count} of {max} characters",
  nearLimit: "You are close to the limit of {max} characters.",
  atLimit: "You have reached the limit of {max} characters. No more text can be typed here.",
  reload: "Reload the page",
};
