"use client";
// Opens the browser's print dialog (A4 print styles: app/globals.css and the page's @page rule).
import { Button } from "@/components/ui/Button";

export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
