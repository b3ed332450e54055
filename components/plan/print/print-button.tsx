"use client";
import { buttonClass } from "@/components/ui/button-styles";
// Opens the browser's print dialog; never printed itself.
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      data-testid="print-button"
      onClick={() => window.print()}
      className={buttonClass("primary", "print:hidden")}
    >
      {label}
    </button>
  );
}
