// One history change as text ("Rolle: Sagsbehandler → Tovholder") for the admin pages: known field
// names and enum values through the translations, lists joined, empty as "—".
import type { T } from "@/lib/i18n/server";

const ROLE_FIELDS = new Set(["role"]);
const METHOD_FIELDS = new Set(["signInMethod"]);

export function changeText(
  t: T,
  field: string,
  from: unknown,
  to: unknown,
  tagLabel: (k: string) => string,
  labelOf: (f: string) => string,
): string {
  const show = (v: unknown): string => {
    if (v === null || v === undefined || v === "") return "—";
    if (Array.isArray(v)) return v.length ? v.map((x) => (field === "competenceTags" ? tagLabel(String(x)) : String(x))).join(", ") : "—";
    if (typeof v === "boolean") return v ? t("common.yes") : t("common.no");
    if (ROLE_FIELDS.has(field)) return t(`common.roles.${String(v)}` as never);
    if (METHOD_FIELDS.has(field)) return t(`admin.users.signInMethod.${String(v)}` as never);
    return String(v);
  };
  return t("admin.users.detail.change", { field: labelOf(field), from: show(from), to: show(to) });
}
