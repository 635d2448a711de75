import type { ReactNode } from "react";

export type Tone = "neutral" | "danger" | "warning" | "success" | "info";

/** A short status label; its look per tone is the `.badge-<tone>` class in app/globals.css (page weight, ADR 0023). */
export function Badge({ tone = "neutral", children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
