import type { ReactNode } from "react";

export type Tone = "neutral" | "danger" | "warning" | "success" | "info";

const tones: Record<Tone, string> = {
  neutral: "bg-slate-100 text-slate-800 border-slate-300",
  danger: "bg-red-50 text-red-800 border-red-300",
  warning: "bg-amber-50 text-amber-900 border-amber-300",
  success: "bg-green-50 text-green-800 border-green-300",
  info: "bg-blue-50 text-blue-800 border-blue-300",
};

export function Badge({ tone = "neutral", children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${tones[tone]}`}>{children}</span>;
}
