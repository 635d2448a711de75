// Generic validation messages. Zod schemas use these keys ("errors.required"); area-specific
// rule messages live in the area's own file (e.g. "cases.errors.openCaseExists").
export const errors = {
  required: "Udfyld feltet.",
  tooLong: "Teksten er for lang.",
  tooShort: "Teksten er for kort.",
  invalidDate: "Skriv en gyldig dato.",
  invalidDateTime: "Skriv en gyldig dato og tid.",
  invalidNumber: "Skriv et gyldigt tal.",
  invalidChoice: "Vælg en af mulighederne.",
  invalidEmail: "Skriv en gyldig e-mailadresse.",
  invalidPhone: "Skriv et gyldigt telefonnummer.",
  numberTooSmall: "Tallet er for lille.",
  numberTooLarge: "Tallet er for stort.",
  dateInFuture: "Datoen må ikke ligge i fremtiden.",
  dateBeforeStart: "Slutdatoen skal ligge efter startdatoen.",
  reasonRequired: "Angiv en begrundelse.",
  cprFormat: "CPR-nummeret skal have 10 cifre (DDMMÅÅ-XXXX).",
  cprDate: "CPR-nummeret indeholder ikke en gyldig fødselsdato.",
  formInvalid: "Formularen indeholder fejl. Ret de markerede felter.",
  conflict: "Oplysningerne er ændret af en anden, efter du åbnede siden. Intet er gemt. Genindlæs siden for at se ændringen.",
  unexpected: "Der opstod en uventet fejl. Intet blev gemt.",
  notAllowed: "Du har ikke adgang til at udføre handlingen.",
};
