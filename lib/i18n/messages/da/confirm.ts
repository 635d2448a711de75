// Bekræftelsestrinnet før vægtige handlinger (components/ui/ConfirmSubmit.tsx): hvad der sker, sagt
// før den egentlige knap, og knappen selv. Én underafdeling pr. handling.
export const confirm = {
  cancel: "Fortryd",
  consentRevoke: {
    consequence:
      "Samtykket tilbagekaldes fra nu af og kan ikke genoprettes – der skal i så fald registreres et nyt. Fra sin næste visning kan den anden afdeling ikke længere se det, samtykket gav adgang til.",
    confirm: "Ja, tilbagekald samtykket",
  },
  userDisable: {
    consequence:
      "Brugeren mister adgangen: den åbne session afsluttes ved næste klik, og brugeren kan ikke logge ind, før en administrator aktiverer brugeren igen. Det skrives i brugerens historik.",
    confirm: "Ja, deaktivér brugeren",
  },
  studyCreate: {
    consequence:
      "Undersøgelsen kan ikke rettes eller slettes bagefter, kun afsluttes. Ved lodtrækning går fordelingen i gang fra startdatoen: hver ny sag i målgruppen trækkes lod for ved sin første afholdte opfølgningssamtale, og en fordeling kan ikke gøres om.",
    confirm: "Ja, opret og start undersøgelsen",
  },
  studyClose: {
    consequence:
      "Undersøgelsen kan ikke genåbnes: der kommer ikke flere sager med, og ved lodtrækning offentliggøres nøglen, så hver fordeling kan efterprøves.",
    confirm: "Ja, afslut undersøgelsen",
  },
};
