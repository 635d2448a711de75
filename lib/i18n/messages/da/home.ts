export const home = {
  health: {
    title: "Sundhedscenter",
    intro: "Borgere, som sundhedscentret arbejder med, og sager du kan se med samtykke.",
    consentCases: "Sager med aktivt samtykke til sundhedscentret",
    noConsentCases: "Ingen borgere har givet samtykke til, at sundhedscentret ser jobcentrets sagsfakta.",
  },
  coordination: {
    title: "Koordinering",
    intro: "Overblik over jobcentrets sager efter fristernes status.",
    overdueHeading: "Sager med overskredet frist",
    noOverdue: "Ingen sager har overskredet frist.",
  },
  dashboard: {
    title: "Nøgletal",
    intro: "Samlede tal for organisationen. Tal for færre end 5 personer vises ikke.",
    activeByGroup: "Aktive sager pr. diagnosegruppe",
    group: "Diagnosegruppe",
    count: "Antal",
    suppressed: "<5",
    suppressedNote: "«<5» betyder, at tallet er skjult, fordi det dækker færre end 5 personer.",
    total: "I alt",
  },
  admin: {
    title: "Administration",
    intro: "Brugere og roller i organisationen.",
    users: "Brugere",
    name: "Navn",
    email: "E-mail",
    role: "Rolle",
    department: "Afdeling",
    active: "Aktiv",
  },
};
