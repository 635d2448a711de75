// Labels of competence tags for display: built-in tags through the translations, the organisation's
// own as the admin wrote them, and an unknown key as itself.
import type { T } from "@/lib/i18n/server";
import type { CompetenceTagOption } from "@/lib/domain/admin/list-competence-tags";

export function tagLabeller(t: T, tags: CompetenceTagOption[]): (key: string) => string {
  const own = new Map(tags.filter((x) => !x.builtIn).map((x) => [x.key, (x as { label: string }).label]));
  const builtIn = new Set(tags.filter((x) => x.builtIn).map((x) => x.key));
  return (key) => (builtIn.has(key) ? t(`programmes.tags.${key}` as never) : (own.get(key) ?? key));
}

/** The tag options of a user form: key and label, in list order. */
export function tagOptions(t: T, tags: CompetenceTagOption[]): { key: string; label: string }[] {
  const label = tagLabeller(t, tags);
  return tags.map((x) => ({ key: x.key, label: label(x.key) }));
}
