import type { RehabPlanDetail } from "@/lib/domain/rehab/get-rehab-plan";
import type { T } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/messages";

/**
 * The props of the plan page's sections: the plan, the translator and locale, today (ISO day) and the
 * page's `form` parameter (`openForm`: deferred correction forms, ADR 0029; see DeferredDetails).
 */
export type PlanSectionProps = { p: RehabPlanDetail; t: T; locale: Locale; today: string; openForm: string | undefined };
