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
  referralReject: {
    consequence:
      "Henvisningen afvises og kan ikke genåbnes. Jobcentret ser afvisningen og begrundelsen og må sende en ny henvisning, hvis borgeren stadig skal have et tilbud.",
    confirm: "Ja, afvis henvisningen",
  },
  referralDrop: {
    consequence:
      "Forløbet registreres som afbrudt og kan ikke genoptages på denne henvisning. Pladsen på tilbuddet bliver ledig, og jobcentret ser frafaldet og begrundelsen.",
    confirm: "Ja, registrér frafald",
  },
  referralReturn: {
    consequence: "Borgeren sendes tilbage til jobcentret, og henvisningen afsluttes uden at kunne genåbnes. Jobcentret ser begrundelsen.",
    confirm: "Ja, tilbagevisitér borgeren",
  },
  agendaItemRemove: {
    consequence:
      "Punktet har et referat (noter eller beslutning). Fjernes punktet, udgår det og dets referat af mødereferatet; det kan ikke sættes tilbage.",
    confirm: "Ja, fjern punktet",
  },
  minutesClose: {
    consequence:
      "Referatet lukkes og kan ikke åbnes igen: derefter kan det kun rettes med en begrundelse, der gemmes i historikken, og tovholderens adgang til borgernes oplysninger fra dagsordenen ophører.",
    confirm: "Ja, luk referatet",
  },
  aidApprove: {
    consequence:
      "Hjælpemidlet «{item}» bevilges. Bevillingen kan ikke gøres om i Samspil; den står på sagen og i dens historik, og sagsbehandleren ser den.",
    confirm: "Ja, bevilg hjælpemidlet",
  },
};
