// Effektundersøgelser (issue 14): den letforståelige læsning af resultatet og advarsler om skæv
// registrering. Nøglerne og parametrene kommer fra lib/studies/reading.ts og registration-balance.ts.
// NB (fase 1): filen er endnu ikke registreret i ./index.ts — det gør fase 2 sammen med siderne.
export const studies = {
  arm: { INTERVENTION: "Indsatsgruppe", CONTROL: "Kontrolgruppe", COMPARISON: "Sammenligningsgruppe" },
  reading: {
    tooFew: "Der er endnu for få deltagere til at sammenligne grupperne. Der skal være mindst {minimum} i hver gruppe.",
    noFollowUp: "Deltagerne er endnu ikke fulgt længe nok til at sammenligne tiden på sygedagpenge.",
    cannotTellYet:
      "Vi kan endnu ikke sige, om indsatsen gør en forskel. {direction, select, shorter {Indtil nu var deltagerne i indsatsgruppen i gennemsnit {days, plural, one {# dag} other {# dage}} kortere tid på sygedagpenge} longer {Indtil nu var deltagerne i indsatsgruppen i gennemsnit {days, plural, one {# dag} other {# dage}} længere tid på sygedagpenge} other {Indtil nu er der ingen forskel på den gennemsnitlige tid på sygedagpenge}} inden for de første {tau} dage efter start, men usikkerheden spænder fra {shorterBy} dage kortere til {longerBy} dage længere. Det rummer både en gevinst, ingen forskel og en ulempe.",
    shorter:
      "Deltagerne i indsatsgruppen var i gennemsnit {days, plural, one {# dag} other {# dage}} kortere tid på sygedagpenge inden for de første {tau} dage efter start (95 %-sikkerhedsinterval: {from} til {to} dage kortere).",
    longer:
      "Deltagerne i indsatsgruppen var i gennemsnit {days, plural, one {# dag} other {# dage}} længere tid på sygedagpenge inden for de første {tau} dage efter start (95 %-sikkerhedsinterval: {from} til {to} dage længere).",
    moreParticipantsNeeded:
      "For at kunne påvise en forskel på {effect} dage med {power} % sandsynlighed skal der ud fra spredningen indtil nu være omkring {needed} deltagere i alt – {more} flere end i dag.",
    enoughParticipants:
      "Der er deltagere nok til at påvise en forskel på {effect} dage med {power} % sandsynlighed (der skal være omkring {needed}). En så stor forskel ses ikke indtil nu.",
    tauShortened:
      "Sammenligningen dækker kun de første {tau} dage efter start (planlagt: {plannedTau} dage), fordi deltagerne endnu ikke er fulgt længere.",
    openCasesCensored:
      "Sager, der stadig er åbne, tæller med for den tid, de er fulgt. De trækker ikke resultatet i nogen bestemt retning.",
    matched:
      "Grupperne er sammenlignet ved matchning, ikke ved lodtrækning. En forskel kan derfor også skyldes forhold, som matchningen ikke tager højde for.",
    interim:
      "Dette er en foreløbig opgørelse. Jo oftere et resultat ses undervejs, jo større er risikoen for at se en forskel, der skyldes tilfældigheder. Konklusionen drages ved undersøgelsens planlagte afslutning.",
  },
  registration: {
    warning: {
      exemptions:
        "Fritagelser registreres forskelligt: {intervention} % i indsatsgruppen mod {control} % i kontrolgruppen (grænse: {threshold} procentpoint). Det var sådan, evalueringen af forsøget i 2009 blev svækket. Tjek, at fritagelser vurderes og registreres ens i begge grupper.",
      missingFollowUps:
        "Manglende opfølgningssamtaler: {intervention} % af deltagerne i indsatsgruppen mod {control} % i kontrolgruppen mangler en samtale, der skulle være holdt (grænse: {threshold} procentpoint).",
      missingClosingReasons:
        "Afsluttede sager uden afslutningsårsag: {intervention} % i indsatsgruppen mod {control} % i kontrolgruppen (grænse: {threshold} procentpoint).",
      daysToFirstRegistration:
        "Tid fra start til første registrering: median {intervention} dage i indsatsgruppen mod {control} dage i kontrolgruppen (grænse: {threshold} dages forskel).",
      daysFirstAbsenceToEntry:
        "Sagerne kommer med i undersøgelsen på forskellige tidspunkter: median {intervention} dage efter første fraværsdag i indsatsgruppen mod {control} dage i kontrolgruppen (grænse: {threshold} dages forskel).",
    },
  },
};
