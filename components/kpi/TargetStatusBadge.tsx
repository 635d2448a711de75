// Target status shown by text AND shape AND colour (WCAG 1.4.1): met = a check mark in a circle,
// not met = a cross in a triangle, cannot be assessed = a question mark in a square. Readable in
// black and white (the board pack is often printed on a black-and-white printer).
import type { TargetStatus } from "@/lib/kpi/target-status";

// Classes in app/globals.css (.kpi-badge-<status>): one short class per badge instead of a long list
// of utilities repeated on every badge of the board (ADR 0025, addendum of session 3).
function Shape({ status }: { status: TargetStatus }) {
  const common = { width: 16, height: 16, viewBox: "0 0 16 16", "aria-hidden": true, focusable: false, className: "shrink-0" } as const;
  if (status === "met")
    return (
      <svg {...common}>
        <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="currentColor" strokeWidth="1.8" />
      </svg>
    );
  if (status === "notMet")
    return (
      <svg {...common}>
        <path d="M8 1.2L15 14.5H1z" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M6 7.5l4 4M10 7.5l-4 4" stroke="currentColor" strokeWidth="1.6" />
      </svg>
    );
  if (status === "unknown")
    return (
      <svg {...common}>
        <rect x="1.5" y="1.5" width="13" height="13" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <text x="8" y="12" textAnchor="middle" fontSize="10" fontWeight="700" fill="currentColor">
          ?
        </text>
      </svg>
    );
  return null;
}

export function TargetStatusBadge({ status, label }: { status: TargetStatus; label: string }) {
  return (
    <span className={`kpi-badge kpi-badge-${status}`} data-status={status}>
      <Shape status={status} />
      {label}
    </span>
  );
}
