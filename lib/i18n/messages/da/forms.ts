// Texts of the shared form parts (components/forms): length counters and the conflict reload.
export const forms = {
  counter: "{count} af {max} tegn",
  nearLimit: "Du nærmer dig grænsen på {max} tegn.",
  atLimit: "Du har nået grænsen på {max} tegn. Længere tekst kan ikke skrives her.",
  reload: "Genindlæs siden",
};
