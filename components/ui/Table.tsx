import type { ReactNode } from "react";

/** A data table with a caption (visually hidden when `hideCaption`), for screen readers and print. */
export function Table({
  caption,
  hideCaption,
  head,
  children,
}: {
  caption: ReactNode;
  hideCaption?: boolean;
  head: ReactNode[];
  children: ReactNode;
}) {
  return (
    // The box scrolls sideways when the table is wider than the screen (phones): it takes the keyboard
    // focus so that it can be scrolled without a mouse, named by the table's caption (WCAG 2.1.1).
    <div
      tabIndex={0}
      role={typeof caption === "string" ? "group" : undefined}
      aria-label={typeof caption === "string" ? caption : undefined}
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-700"
    >
      {/* Cell padding is set once here, not on every <td> (page weight of long lists, ADR 0020). */}
      <table className="min-w-full divide-y divide-slate-200 text-sm [&_td]:px-4 [&_td]:py-2 [&_td]:align-top">
        <caption className={hideCaption ? "sr-only" : "px-4 py-2 text-left font-semibold"}>{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className="px-4 py-2 text-left font-semibold text-slate-800">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

/** A body cell; padding and alignment come from the Table. */
export function Td({ children, className }: { children: ReactNode; className?: string }) {
  // No className prop at all when there is none: React's RSC payload would carry "$undefined" per cell.
  return className ? <td className={className}>{children}</td> : <td>{children}</td>;
}
