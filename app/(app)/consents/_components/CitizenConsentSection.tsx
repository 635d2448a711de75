// The consent panel for one citizen, loaded on its own (citizen page, case tab): a page adds it
// with one line and keeps its own data loading untouched.
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { getCitizenConsents } from "@/lib/domain/consents/get-citizen-consents";
import { getLocale, getT } from "@/lib/i18n/server";
import { today } from "@/lib/clock";
import { isoDay } from "@/lib/time";
import { ConsentPanel } from "./ConsentPanel";

export async function CitizenConsentSection({ citizenId }: { citizenId: string }) {
  const actor = await requireActor();
  const [data, t, locale] = await Promise.all([orNotFound(getCitizenConsents(actor, citizenId)), getT(), getLocale()]);
  return <ConsentPanel t={t} locale={locale} data={data} todayIso={isoDay(today())} />;
}
