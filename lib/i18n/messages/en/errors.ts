import type { errors as da } from "../da/errors";

export const errors: typeof da = {
  required: "Fill in this field.",
  tooLong: "The text is too long.",
  tooShort: "The text is too short.",
  invalidDate: "Enter a valid date.",
  invalidDateTime: "Enter a valid date and time.",
  invalidNumber: "Enter a valid number.",
  invalidChoice: "Choose one of the options.",
  invalidEmail: "Enter a valid email address.",
  invalidPhone: "Enter a valid phone number.",
  numberTooSmall: "The number is too small.",
  numberTooLarge: "The number is too large.",
  dateInFuture: "The date must not be in the future.",
  dateBeforeStart: "The end date must be after the start date.",
  reasonRequired: "Give a reason.",
  cprFormat: "The CPR number must have 10 digits (DDMMYY-XXXX).",
  cprDate: "The CPR number does not contain a valid date of birth.",
  formInvalid: "The form has errors. Correct the marked fields.",
  conflict: "Someone else changed this after you opened the page. Nothing was saved. Reload the page to see their change.",
  unexpected: "An unexpected error occurred. Nothing was saved.",
  notAllowed: "You are not allowed to do this.",
};
