// Effektundersøgelser (issue 14): den letforståelige læsning af resultatet og advarsler om skæv
// registrering. Nøglerne og parametrene kommer fra lib/studies/reading.ts og registration-balance.ts.
export const studies = {
  navLabel: "Effektundersøgelser",
  title: "Effektundersøgelser",
  intro:
    "Virker den fælles indsats? Her defineres undersøgelser, hvor nye sager enten fordeles ved lodtrækning ved den første afholdte opfølgningssamtale, eller hvor sager, der fik et tilbud, sammenlignes med lignende sager, der ikke fik det (matchet sammenligning). Resultaterne vises kun samlet, og tal for færre end 5 borgere skjules.",
  design: { RANDOMISED: "Lodtrækning (randomiseret)", MATCHED: "Matchet sammenligning" },
  status: { PLANNED: "Planlagt (starter senere)", RUNNING: "Kører", CLOSED: "Afsluttet" },
  shown: { small: "< 5", none: "–", complementary: "–" },
  list: {
    heading: "Undersøgelser",
    caption: "Kommunens effektundersøgelser",
    name: "Navn",
    design: "Design",
    status: "Status",
    period: "Periode",
    participants: "Deltagere (planlagt)",
    none: "Der er endnu ingen undersøgelser.",
    results: "Se resultater for {name}",
    period_value: "{from} – {to}",
    complementaryNote:
      "«–»: antallet er skjult for at beskytte et tal under 5 på undersøgelsens resultatside – ellers kunne det skjulte tal regnes ud ved at trække tal fra hinanden. Antallet kan godt være 5 eller mere.",
    matchedParticipants: "dannes ved analysen",
  },
  create: {
    plannedName: "«{name}» (starter {date})",
    runningNote:
      "Lodtrækninger, der kører eller er planlagt: {names}. En ny sag kommer med i alle kørende lodtrækninger, hvis målgruppe den hører til, og trækkes lod uafhængigt i hver. Hver undersøgelse sammenligner stadig sine egne grupper, men sørg for, at indsatserne ikke modsiger hinanden (fx at den ene giver et tilbud, som den anden holder kontrolgruppen fra).",
    heading: "Ny undersøgelse",
    name: "Navn",
    question: "Spørgsmål",
    questionHint: "Fx: Kommer borgere med ondt i ryggen hurtigere tilbage i arbejde med et tværfagligt team?",
    intervention: "Indsatsen som arbejdsform",
    interventionHint: "En særlig måde at arbejde på, fx «særligt team». Kan stå tomt, når der er valgt tilbud.",
    programmes: "Tilbud, der er indsatsen",
    programmesHint:
      "Vælg et eller flere tilbud fra kataloget. Ved matchet sammenligning er indsatsgruppen de sager, hvor en henvisning til et af tilbuddene er godkendt eller startet.",
    noProgrammes: "Kommunen har endnu ingen tilbud i kataloget.",
    programmeInactive: "{name} (ikke aktivt)",
    design: "Design",
    designHint:
      "Lodtrækning: nye sager fordeles ved den første opfølgningssamtale, og start kan ikke ligge før i dag. Matchet sammenligning: ingen lodtrækning; sager, der fik et af tilbuddene, sammenlignes med lignende sager, der ikke fik det. Det kræver mindst ét tilbud, og perioden må gerne ligge tilbage i tiden.",
    population: "Hvilke diagnosegrupper er med?",
    populationHint:
      "Ingen valgt = alle nye sager. Sagen kommer med ved den første afholdte opfølgningssamtale i perioden – men ikke, hvis den allerede har en statusændring (delvis raskmelding, afslutning) med virkning fra den dag eller senere.",
    stratify: "Lodtrækning inden for hver diagnosegruppe (stratificering)",
    ratioIntervention: "Fordeling: andel til indsatsgruppen",
    ratioControl: "Fordeling: andel til kontrolgruppen",
    ratioHint: "Hele tal 1–10, fx 1 og 1 for lige store grupper. Kun ved lodtrækning; matchning er altid 1:1.",
    startOn: "Start",
    plannedEndOn: "Planlagt afslutning",
    plannedParticipants: "Planlagt antal deltagere",
    plannedEffectDays: "Forventet effekt (dage kortere på sygedagpenge)",
    plannedEffectHint: "Bruges til at beregne, hvor mange deltagere der skal til. Kan stå tomt.",
    submit: "Opret undersøgelse",
    success: "Undersøgelsen er oprettet.",
  },
  close: {
    heading: "Afslut undersøgelsen",
    intro:
      "Når undersøgelsen afsluttes, kommer der ikke flere sager med, og nøglen til lodtrækningen offentliggøres, så en revisor kan efterprøve hver fordeling.",
    introMatched: "Når undersøgelsen afsluttes, kommer der ikke flere sager med, og resultaterne beregnes på de sager, der er med.",
    reason: "Begrundelse",
    submit: "Afslut undersøgelsen",
    success: "Undersøgelsen er afsluttet.",
    verified: "Lodtrækningen er efterprøvet: alle fordelinger svarer til rækkefølgen fra nøglen.",
    notVerified: "Advarsel: en eller flere fordelinger svarer ikke til rækkefølgen fra nøglen.",
    seed: "Nøgle til lodtrækningen (til revisor)",
    closedOn: "Afsluttet {date}: {reason}",
  },
  errors: {
    endBeforeStart: "Den planlagte afslutning skal ligge efter start.",
    tooLong: "En undersøgelse kan højst løbe i 5 år.",
    startInPast: "Start kan ikke ligge før i dag: sager, der allerede er startet, kan ikke fordeles bagefter.",
    nameTaken: "Der findes allerede en undersøgelse med det navn.",
    alreadyClosed: "Undersøgelsen er allerede afsluttet.",
    matchedNeedsProgramme: "Matchet sammenligning kræver mindst ét tilbud: indsatsgruppen er de sager, der fik tilbuddet.",
    interventionRequired: "Vælg mindst ét tilbud, eller beskriv arbejdsformen.",
  },
  results: {
    definition: "Om undersøgelsen",
    question: "Spørgsmål",
    intervention: "Indsats",
    programmes: "Tilbud",
    wayOfWorking: "Arbejdsform",
    population: "Population",
    allGroups: "Alle diagnosegrupper",
    ratio: "Fordeling",
    ratioValue: "{intervention}:{control}",
    period: "Periode",
    planned: "Planlagt antal deltagere",
    excluded: "Udeladt: sagsoplysninger strider mod indgangen",
    asOf: "Opgjort {date}. Tal for færre end 5 borgere vises som «< 5».",
    reading: "Hvad viser resultatet?",
    participants: "Deltagere",
    participantsCaption: "Deltagere og åbne sager pr. gruppe",
    group: "Gruppe",
    count: "Deltagere",
    open: "Stadig på sygedagpenge",
    baseline: "Grupperne ved start (balance)",
    baselineCaption: "Fordeling af baggrundsforhold i de to grupper ved start. Standardiseret forskel over {threshold} markeres.",
    baselineCaptionMatched:
      "Baggrundsforhold i de matchede grupper med den standardiserede forskel før og efter matchning. Forskelle over {threshold} markeres.",
    smdBefore: "Standardiseret forskel før matchning",
    smdAfter: "Standardiseret forskel efter matchning",
    matching: "Sådan er grupperne dannet",
    matchingIntro:
      "Indsatsgruppen er sager, der kom med ved den første afholdte opfølgningssamtale i perioden, og hvor en henvisning til et af undersøgelsens tilbud blev godkendt eller startet senest {graceDays} dage efter. Hver af dem er parret med én sag fra samme kommune og periode, der ikke fik tilbuddet: samme aldersgruppe, køn, diagnosegruppe og beskæftigelse, højst {weeks} ugers forskel i tid på sygedagpenge og højst {days} dage mellem starttidspunkterne.",
    matchingCaption: "Sager i matchningen",
    matchingCount: "Antal",
    matchingRows: {
      treated: "Sager, der fik et af tilbuddene",
      pool: "Mulige sammenligningssager (fik ikke tilbuddet)",
      pairs: "Matchede par",
      unmatched: "Sager uden en passende sammenligningssag (ikke med)",
      lateIntervention: "Sager, der først fik tilbuddet mere end {graceDays} dage efter start (ikke med)",
    },
    outcomes: "Resultater",
    outcomesGate:
      "Se først på balancetabellen: ligner grupperne hinanden ved start? Er forskellene store, kan en forskel i resultaterne skyldes grupperne og ikke indsatsen.",
    outcomesShow: "Jeg har set balancen – vis resultaterne",
    covariate: "Forhold",
    smd: "Standardiseret forskel",
    imbalanced: "skæv",
    covariates: {
      ageBand: "Alder",
      sex: "Køn",
      diagnosisGroup: "Diagnosegruppe",
      employmentStatus: "Beskæftigelse",
      weeksOnBenefitAtEntry: "Uger på sygedagpenge ved start (gennemsnit)",
    },
    sex: { M: "Mand", F: "Kvinde" },
    registration: "Ens registrering i begge grupper",
    registrationCaption: "Registrering pr. gruppe: er begge grupper registreret på samme måde?",
    registrationOk: "Ingen forskelle i registreringen over grænserne.",
    registrationTooFew: "For få deltagere til at sammenligne registreringen endnu.",
    metric: "Registrering",
    metrics: {
      exemptions: "Andel med fritagelse efter start",
      missingFollowUps: "Andel, der mangler en opfølgningssamtale",
      missingClosingReasons: "Afsluttede sager uden årsag",
      daysToFirstRegistration: "Dage fra start til første registrering (median)",
      daysFirstAbsenceToEntry: "Dage fra første fraværsdag til start (median)",
    },
    exceeds: "over grænsen",
    curve: "Andel væk fra sygedagpenge efter start",
    curveFirstReturn: "Andel med første tilbagevenden til arbejde (delvis eller fuld)",
    curveHintFirstReturn:
      "Kurverne viser andelen, der er vendt tilbage til arbejde (delvis eller fuld), dag for dag efter start. Kurven stopper, hvor færre end 5 er tilbage.",
    curveCaptionFirstReturn: "Kurvens punkter: andel vendt tilbage til arbejde pr. dag efter start",
    atRiskCaptionFirstReturn: "Antal endnu ikke tilbage i arbejde pr. dag efter start",
    curveHint:
      "Kurverne viser andelen, der er kommet væk fra sygedagpenge, dag for dag efter start. Kurven stopper, hvor færre end 5 er tilbage.",
    curveCaption: "Kurvens punkter: andel væk fra sygedagpenge pr. dag efter start",
    day: "Dag efter start",
    share: "Andel tilbage",
    atRisk: "Antal i risiko (stadig på sygedagpenge)",
    atRiskCaption: "Antal stadig på sygedagpenge pr. dag efter start",
    effect: "Effekt med usikkerhed",
    effectCaption: "Forskelle mellem indsatsgruppen og kontrolgruppen (negativ = kortere i indsatsgruppen) med 95 %-sikkerhedsinterval",
    effectCaptionMatched:
      "Forskelle mellem indsatsgruppen og sammenligningsgruppen (negativ = kortere i indsatsgruppen) med 95 %-sikkerhedsinterval",
    measure: "Mål",
    estimate: "Skøn",
    interval: "95 %-sikkerhedsinterval",
    rmst: "Gennemsnitlig tid på sygedagpenge inden for {tau} dage, forskel i dage",
    medianDiff: "Forskel i median tid på sygedagpenge, dage",
    medianArm: "Median tid på sygedagpenge, {arm}",
    logRank: "Log-rank-test (samme forløb i begge grupper?)",
    logRankValue: "χ² = {chi}, p = {p}",
    hazard: "Hazard ratio (indsats mod kontrol)",
    hazardMatched: "Hazard ratio (indsats mod sammenligning)",
    notReached: "ikke nået",
    open_end: "åben",
    offBenefitAt: "Andel væk fra sygedagpenge {months} måneder efter start",
    offBenefitCaption: "Andel væk fra sygedagpenge efter 3, 6 og 12 måneder (Wilson-interval; forskel med Newcombes metode)",
    months: "{months} måneder",
    difference: "Forskel (indsats − kontrol)",
    differenceMatched: "Forskel (indsats − sammenligning)",
    notComparable: "Grupperne sammenlignes først, når der er mindst 5 deltagere i hver.",
    csv: "Hent resultater (CSV)",
    back: "Tilbage til undersøgelserne",
    percentPoints: "{value} procentpoint",
  },
  caseBox: {
    heading: "Effektundersøgelse",
    note: "Bemærkning til fordelingen",
    noteHint: "Fx hvorfor indsatsen ikke blev tilbudt. Fordelingen ændres ikke; bemærkningen gemmes i historikken.",
    noteSubmit: "Tilføj bemærkning",
    noteSaved: "Bemærkningen er gemt.",
    notes: "Bemærkninger",
    noteBy: "{by}, {at}: {text}",
    entered: "Sagen kom med i «{name}» den {date} ved den første opfølgningssamtale.",
    meaning: {
      INTERVENTION: "Lodtrækningen placerede borgeren i indsatsgruppen: borgeren skal tilbydes indsatsen «{intervention}».",
      CONTROL: "Lodtrækningen placerede borgeren i kontrolgruppen: sagen behandles som sædvanligt, uden indsatsen «{intervention}».",
    },
    same: "Registrér sagen præcis som alle andre sager – fritagelser, samtaler og afslutningsårsag – uanset gruppe. Fordelingen kan ikke ændres.",
    closed: "Undersøgelsen er afsluttet.",
  },
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
      "For at kunne påvise en forskel på {effect} dage med {power} % sandsynlighed skal der ud fra spredningen indtil nu være omkring {needed, number} deltagere i alt – {more, number} flere end i dag.",
    enoughParticipants:
      "Der er deltagere nok til at påvise en forskel på {effect} dage med {power} % sandsynlighed (der skal være omkring {needed, number}). En så stor forskel ses ikke indtil nu.",
    noPlannedEffect:
      "Undersøgelsen har ingen forventet effekt. Angiv den forventede effekt i dage for at se, hvor mange deltagere der skal til for at kunne påvise den.",
    tauShortened:
      "Sammenligningen dækker kun de første {tau} dage efter start (planlagt: {plannedTau} dage), fordi deltagerne endnu ikke er fulgt længere.",
    openCasesCensored:
      "Sager, der stadig er åbne, tæller med for den tid, de er fulgt. De trækker ikke resultatet i nogen bestemt retning.",
    matched:
      "Grupperne er sammenlignet ved matchning, ikke ved lodtrækning. En forskel kan derfor også skyldes forhold, som matchningen ikke tager højde for.",
    interim:
      "Dette er en foreløbig opgørelse. Jo oftere et resultat ses undervejs, jo større er risikoen for at se en forskel, der skyldes tilfældigheder. Konklusionen drages ved undersøgelsens planlagte afslutning.",
  },
  firstAbsence: {
    heading: "Tid fra første fraværsdag",
    hint: "De samme resultater målt fra borgerens første fraværsdag i stedet for fra start i undersøgelsen. Deltagerne følges fra den dag, de kom med (forsinket indgang), så tallene gælder borgere, der stadig var på sygedagpenge ved start.",
    caption:
      "Median antal dage fra første fraværsdag pr. gruppe med 95 %-sikkerhedsinterval, forskellen i median ({group, select, matched {indsats − sammenligning} other {indsats − kontrol}}) og log-rank-test",
    endpoint: { offBenefit: "Væk fra sygedagpenge", firstReturn: "Første tilbagevenden til arbejde (delvis eller fuld)" },
    medianDifference: "Forskel i median, dage",
    logRank: "Log-rank-test",
  },
  scores: {
    heading: "Selvvurderet helbred og arbejdsevne",
    hint: "Ændringen fra første til seneste statusnotat i genoptræningen, for deltagere med mindst to statusnotater. Selvvurderet helbred måles fra 1 til 5 og arbejdsevne fra 0 til 10; en positiv ændring er en forbedring.",
    caption:
      "Gennemsnitlig ændring pr. gruppe og forskellen ({group, select, matched {indsats − sammenligning} other {indsats − kontrol}}) med 95 %-sikkerhedsinterval (Welch)",
    measure: { selfRatedHealth: "Selvvurderet helbred (1–5)", workAbility: "Arbejdsevne (0–10)" },
    cell: "{n} med notater, ændring {mean}",
    n: "antal med notater",
    meanChange: "gennemsnitlig ændring",
    points: "{value} point",
    reading: {
      tooFew:
        "{score, select, selfRatedHealth {Ændringen i selvvurderet helbred} other {Ændringen i arbejdsevne}} sammenlignes først, når mindst {minimum} i hver gruppe har to statusnotater.",
      noEstimate:
        "Ændringen i {score, select, selfRatedHealth {selvvurderet helbred} other {deltagernes arbejdsevne}} kan endnu ikke sammenlignes, fordi tallene ikke varierer.",
      cannotTellYet:
        "Vi kan endnu ikke sige, om indsatsen ændrer {score, select, selfRatedHealth {det selvvurderede helbred} other {deltagernes arbejdsevne}}: usikkerheden på forskellen spænder fra {from, number} til {to, number} point og rummer både en forbedring, ingen forskel og en forværring.",
      higher:
        "{score, select, selfRatedHealth {Det selvvurderede helbred} other {Deltagernes arbejdsevne}} udviklede sig i gennemsnit {points, number} point bedre i indsatsgruppen end {group, select, matched {i sammenligningsgruppen} other {i kontrolgruppen}} (95 %-sikkerhedsinterval: {from, number} til {to, number} point).",
      lower:
        "{score, select, selfRatedHealth {Det selvvurderede helbred} other {Deltagernes arbejdsevne}} udviklede sig i gennemsnit {points, number} point dårligere i indsatsgruppen end {group, select, matched {i sammenligningsgruppen} other {i kontrolgruppen}} (95 %-sikkerhedsinterval: {from, number} til {to, number} point).",
    },
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
    differs: {
      exemptions:
        "Fritagelser registreres forskelligt i de to grupper – mere end grænsen tillader. Tallene vises ikke, fordi de hviler på færre end fem borgere. Tjek, at fritagelser vurderes og registreres ens i begge grupper.",
      missingFollowUps:
        "Andelen, der mangler en opfølgningssamtale, er forskellig i de to grupper – mere end grænsen tillader. Tallene vises ikke, fordi de hviler på færre end fem borgere.",
      missingClosingReasons:
        "Andelen af afsluttede sager uden afslutningsårsag er forskellig i de to grupper – mere end grænsen tillader. Tallene vises ikke, fordi de hviler på færre end fem borgere.",
      daysToFirstRegistration:
        "Tiden fra start til første registrering er forskellig i de to grupper – mere end grænsen tillader. Tallene vises ikke, fordi de hviler på færre end fem borgere.",
      daysFirstAbsenceToEntry:
        "Sagerne kommer med i undersøgelsen på forskellige tidspunkter i de to grupper – mere end grænsen tillader. Tallene vises ikke, fordi de hviler på færre end fem borgere.",
    },
  },
};
