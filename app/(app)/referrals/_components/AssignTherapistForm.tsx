"use client";
// Assigning a therapist, with the matching ranking: each option shows the matched condition tags
// and the therapist's current number of active referrals.
import { useTranslations } from "use-intl";
import { FormMessage } from "@/components/forms/FormMessage";
import { useActionForm, type FormAction } from "@/components/forms/useActionForm";
import { Form } from "@/components/forms/Form";
import { Button } from "@/components/ui/Button";
import { isConditionTag } from "@/lib/referrals/condition-tags";
import { lazySchema } from "@/components/forms/lazySchema";
import { HiddenFields } from "@/components/forms/HiddenFields";
import { useErrorText } from "@/components/forms/useErrorText";

// The forms' schemas load on demand (ADR 0030).
const ZAssignTherapist = lazySchema(() => import("@/lib/validation/referrals").then((m) => m.ZAssignTherapist));

export type MatchOption = { id: string; name: string; matchedTags: string[]; activeCount: number };

export function AssignTherapistForm({
  referralId,
  version,
  matches,
  currentId,
  action,
}: {
  referralId: string;
  version: number;
  matches: MatchOption[];
  currentId: string | null;
  action: FormAction;
}) {
  const t = useTranslations();
  const errorText = useErrorText();
  const f = useActionForm(ZAssignTherapist, action);
  const { pending, errors } = f;
  if (matches.length === 0) return <p>{t("referrals.match.none")}</p>;
  const fieldErrors = errors.therapistId;
  // After a refused post, the therapist that was chosen (ADR 0033).
  const sent = f.values?.therapistId;
  const defaultId = typeof sent === "string" ? sent : (currentId ?? matches[0]!.id);
  return (
    <Form form={f}>
      <FormMessage form={f} />
      <input type="hidden" name="referralId" value={referralId} />
      <HiddenFields values={{ version: version }} />
      <fieldset className="mb-4" aria-describedby={fieldErrors?.length ? "therapist-error" : undefined}>
        <legend className="mb-2 text-sm font-semibold text-slate-800">{t("referrals.match.legend")}</legend>
        <ol className="space-y-2">
          {matches.map((m) => (
            <li key={m.id} className="flex items-start gap-2">
              <input
                id={`therapist-${m.id}`}
                type="radio"
                name="therapistId"
                value={m.id}
                defaultChecked={m.id === defaultId}
                className="mt-1 h-4 w-4"
                aria-describedby={`therapist-${m.id}-match`}
              />
              <label htmlFor={`therapist-${m.id}`} className="text-slate-900">
                <span className="font-medium">{m.name}</span>
                {m.id === currentId ? <span className="ml-1 text-sm text-slate-700">{t("referrals.match.current")}</span> : null}
                <span id={`therapist-${m.id}-match`} className="block text-sm text-slate-700">
                  {m.matchedTags.length > 0
                    ? t("referrals.match.matched", {
                        tags: m.matchedTags.map((tag) => (isConditionTag(tag) ? t(`programmes.tags.${tag}`) : tag)).join(", "),
                      })
                    : t("referrals.match.noMatch")}
                  {" · "}
                  {t("referrals.match.load", { count: m.activeCount })}
                </span>
              </label>
            </li>
          ))}
        </ol>
        {fieldErrors?.length ? (
          <p id="therapist-error" className="mt-1 text-sm font-medium text-red-700">
            {fieldErrors.map((e) => errorText(e)).join(" ")}
          </p>
        ) : null}
      </fieldset>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("referrals.match.submit")}
      </Button>
    </Form>
  );
}
